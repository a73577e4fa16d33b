// Tables of the métiers module's apprenticeships part: apprenticeship matching: employers' seats, candidates' requests, ranked matches both ways, contact requests and conversations.
export {}
