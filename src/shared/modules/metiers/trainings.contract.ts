/** Métiers — training centres and their trainings (catalogue on a map), the « mallette de l'alternance » document library and employers' welcome kits for apprentices. */

export const metiersTrainingsContract = {}
