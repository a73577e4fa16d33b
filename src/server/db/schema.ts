// Every table of the platform, for drizzle's typed queries and for drizzle-kit.
export * from '../modules/auth/auth.table'
export * from '../modules/organisations/organisations.table'
export * from '../platform/audit/audit.table'
export * from '../modules/usagers/usagers.table'
export * from '../modules/accueil/accueil.table'
export * from '../modules/domiciliation/domiciliation.table'
export * from '../modules/partenaires/partenaires.table'
export * from '../modules/partenaires/network.table'
