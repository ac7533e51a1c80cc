/** The simulated panels Playwright starts beside the app (see playwright.config.ts). */
export const SIMULATORS = {
  pterodactyl: `http://127.0.0.1:${process.env.E2E_PTERODACTYL_PORT ?? 3291}`,
  wisp: `http://127.0.0.1:${process.env.E2E_WISP_PORT ?? 3292}`,
} as const;

export type SimKeys = {
  application: string;
  client: string;
  applicationReadOnly: string;
  clientNonAdmin: string;
};

export const simulatorKeys = async (flavor: keyof typeof SIMULATORS): Promise<SimKeys> => {
  const response = await fetch(`${SIMULATORS[flavor]}/__control/keys`);

  return (await response.json()) as SimKeys;
};

export const simulatorControl = async (
  flavor: keyof typeof SIMULATORS,
  method: string,
  path: string,
  body?: unknown,
) => {
  const response = await fetch(`${SIMULATORS[flavor]}/__control${path}`, {
    method,
    headers: body === undefined ? {} : { "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

  return response.json() as Promise<unknown>;
};
