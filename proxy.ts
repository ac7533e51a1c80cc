import { type NextRequest, NextResponse } from "next/server";
import { PATH_HEADER } from "@/lib/auth/redirects";

// A convenience only: it sends visitors without a session cookie to the login page early. Every page,
// route handler and action checks the session and the role itself.
const PROTECTED_PREFIXES = ["/dashboard", "/account", "/admin"];
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

const hasSessionCookie = (request: NextRequest) =>
  request.cookies.getAll().some(({ name }) => SESSION_COOKIES.some((cookie) => name.startsWith(cookie)));

export const proxy = (request: NextRequest) => {
  const { pathname, search } = request.nextUrl;
  const isProtected = PROTECTED_PREFIXES.some(
    (prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`),
  );
  if (isProtected && !hasSessionCookie(request)) {
    const login = new URL("/login", request.url);
    login.searchParams.set("callbackUrl", `${pathname}${search}`);

    return NextResponse.redirect(login);
  }
  const headers = new Headers(request.headers);
  headers.set(PATH_HEADER, `${pathname}${search}`);

  return NextResponse.next({ request: { headers } });
};

export const config = {
  matcher: ["/((?!api/|_next/|favicon.ico|.*\\.(?:png|svg|jpg|ico|css|js|woff2?)$).*)"],
};
