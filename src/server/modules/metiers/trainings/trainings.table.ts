// Tables of the métiers module's trainings part: training centres and their trainings (catalogue on a map), the « mallette de l'alternance » document library and employers' welcome kits for apprentices.
export {}
