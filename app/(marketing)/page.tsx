import { Activity, Gauge, ShieldCheck } from "lucide-react";
import { ButtonLink } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { homeFor } from "@/lib/auth/redirects";
import { getCurrentUser } from "@/lib/auth/guards";
import { getDb } from "@/lib/db/client";
import { isSetupComplete } from "@/lib/db/queries/instance-setup";
import { getEnv } from "@/lib/env";

const FEATURES = [
  {
    icon: Gauge,
    title: "Ready in minutes",
    text: "Order a server and it is installed for you, with its address shown as soon as it exists.",
  },
  {
    icon: Activity,
    title: "Live control",
    text: "Start, stop and watch your server's usage from one clear page.",
  },
  {
    icon: ShieldCheck,
    title: "Yours alone",
    text: "Every action checks that the server is yours before anything happens.",
  },
];

const HomePage = async () => {
  const [user, setupDone] = await Promise.all([getCurrentUser(), getDb().then(isSetupComplete)]);

  return (
    <div className="py-6 sm:py-12">
      {!setupDone && (
        <Alert tone="info" className="mb-8">
          This portal has no administrator yet.{" "}
          <a href="/setup" className="font-semibold underline">
            Finish the setup
          </a>{" "}
          to create the admin account.
        </Alert>
      )}
      <section className="max-w-2xl">
        <h1 className="text-4xl font-semibold tracking-tight text-slate-900 sm:text-5xl">
          Game servers, without the waiting.
        </h1>
        <p className="mt-4 text-lg text-slate-600">
          {getEnv().APP_NAME} is where you order your game servers and run them yourself: power, usage,
          reinstall and more, in one place.
        </p>
        <div className="mt-8 flex flex-wrap gap-3">
          {user ? (
            <ButtonLink href={homeFor(user.role)}>Go to your dashboard</ButtonLink>
          ) : (
            <>
              <ButtonLink href="/register">Create an account</ButtonLink>
              <ButtonLink href="/login" variant="secondary">
                Sign in
              </ButtonLink>
            </>
          )}
        </div>
      </section>
      <section className="mt-16 grid gap-6 sm:grid-cols-3">
        {FEATURES.map(({ icon: Icon, title, text }) => (
          <div key={title} className="rounded-lg bg-white p-5 shadow-sm ring-1 ring-slate-200">
            <Icon aria-hidden className="text-brand-600 size-6" />
            <h2 className="mt-3 font-semibold text-slate-900">{title}</h2>
            <p className="mt-1 text-sm text-slate-600">{text}</p>
          </div>
        ))}
      </section>
    </div>
  );
};

export default HomePage;
