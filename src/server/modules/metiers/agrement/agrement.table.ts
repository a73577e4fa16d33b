// Tables of the métiers module's agrement part: the assistant familial agrément pipeline of a département: information meetings, applications, legal delays, training.
export {}
