import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { checkCredentials } from "@/lib/auth/credentials";
import { clientIpFrom } from "@/lib/auth/client-ip";
import { getSecret } from "@/lib/secrets";
import { loginSchema } from "@/lib/validations/auth";

/** Thrown by `authorize` for a locked email or IP; the login action turns it into a message with the wait. */
export class SignInLockedError extends CredentialsSignin {
  code = "locked";
}

const config = (): NextAuthConfig => ({
  secret: getSecret("AUTH_SECRET"),
  // The portal is self-hosted behind whatever host name its operator picks.
  trustHost: true,
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/login" },
  // A wrong password is not a server error: next-auth would log a stack trace for each one.
  logger: {
    error: (error) => {
      if (error instanceof CredentialsSignin || error.name === "CredentialsSignin") return;
      console.error("[auth]", error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      authorize: async (credentials, request) => {
        const parsed = loginSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const result = await checkCredentials({ ...parsed.data, ip: clientIpFrom(request.headers) });
        if (result.outcome === "locked") throw new SignInLockedError();
        if (result.outcome === "invalid") return null;
        const { user } = result;

        return {
          id: user.id,
          email: user.email,
          name: `${user.firstName} ${user.lastName}`,
          role: user.role,
          sessionVersion: user.sessionVersion,
        };
      },
    }),
  ],
  callbacks: {
    jwt: ({ token, user }) => {
      if (user?.id && user.role && user.sessionVersion !== undefined) {
        token.uid = user.id;
        token.role = user.role;
        token.sv = user.sessionVersion;
      }

      return token;
    },
    session: ({ session, token }) => {
      session.user.id = token.uid;
      session.user.role = token.role;
      session.user.sessionVersion = token.sv;

      return session;
    },
  },
});

export const { handlers, auth, signIn, signOut } = NextAuth(config);
