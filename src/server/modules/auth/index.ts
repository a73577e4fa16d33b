// The auth module's public API for the rest of the server.
export { accounts, sessions, passwordResets } from './auth.table'
export { authRepository, type Account, type AuthRepository } from './auth.repository'
export { authService, hashPassword, type AuthService, type SessionCookie } from './auth.service'
export { registerAuthRoutes, setSessionCookie, SESSION_COOKIE } from './auth.routes'
export { checkPasswordStrength } from './password-policy'
export { proconnectClient, type ProConnectIdentity } from './proconnect'
export { currentTotp } from './totp'
