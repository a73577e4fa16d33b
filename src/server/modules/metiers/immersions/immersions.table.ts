// Tables of the métiers module's immersions part: discovery immersions: employers' offers, candidates' requests, acceptance, PMSMP-style convention and outcome.
export {}
