import type { PowerState, SimServer } from "@/lib/panels/simulator/model";

export type LifecycleSettings = {
  /** How long a new or reinstalled server stays `installing`. */
  installDelayMs: number;
  /** How long `starting` and `stopping` last. */
  powerDelayMs: number;
};

/** Settles time-based transitions (install finished, start/stop done) as of `now`. Idempotent. */
export const settleServer = (server: SimServer, now = Date.now()) => {
  if (server.status === "installing" && server.installDoneAt !== null && now >= server.installDoneAt) {
    const doneAt = server.installDoneAt;
    server.status = null;
    server.installDoneAt = null;
    if (server.startOnCompletion)
      server.power = { state: "running", target: "running", until: doneAt, startedAt: doneAt };
  }
  const { power } = server;
  if (power.state !== power.target && now >= power.until) {
    power.state = power.target;
    power.startedAt = power.target === "running" ? now : null;
  }
};

/** Stopped, with no transition under way. */
export const poweredOff = (now = 0): SimServer["power"] => ({
  state: "offline",
  target: "offline",
  until: now,
  startedAt: null,
});

/** The state of a server whose (re)install starts now: installing for a while, powered off. */
export const installing = (settings: LifecycleSettings, now = Date.now()) => ({
  status: "installing" as const,
  installDoneAt: now + settings.installDelayMs,
  power: poweredOff(now),
});

export const beginInstall = (server: SimServer, settings: LifecycleSettings, now = Date.now()) => {
  Object.assign(server, installing(settings, now));
};

/** Applies a power signal the way Wings does: start/stop/restart pass through starting/stopping. */
export const applyPowerSignal = (
  server: SimServer,
  signal: string,
  settings: LifecycleSettings,
  now = Date.now(),
) => {
  settleServer(server, now);
  const { state } = server.power;
  const transition = (through: PowerState, target: PowerState) => {
    server.power = {
      state: through,
      target,
      until: now + settings.powerDelayMs,
      startedAt: server.power.startedAt,
    };
  };
  switch (signal) {
    case "start":
      if (state === "offline" || state === "stopping") transition("starting", "running");
      break;
    case "stop":
      if (state === "running" || state === "starting") transition("stopping", "offline");
      break;
    case "restart":
      transition("starting", "running");
      break;
    case "kill":
      server.power = poweredOff(now);
      break;
  }
};

export type Usage = {
  memoryBytes: number;
  cpuAbsolute: number;
  diskBytes: number;
  rxBytes: number;
  txBytes: number;
  uptimeMs: number;
};

// Smooth pseudo-random wobble from time and server id: plausible, changing, and the same for every reader.
const wobble = (seed: number, now: number, periodMs: number) =>
  (Math.sin(now / periodMs + seed) + Math.sin(now / (periodMs * 2.7) + seed * 1.3) + 2) / 4;

/** What Wings would report right now. Offline servers use no CPU or memory; disk is always in use. */
export const currentUsage = (server: SimServer, now = Date.now()): Usage => {
  settleServer(server, now);
  const running = server.power.state === "running" || server.power.state === "starting";
  const diskBytes = Math.round(
    (server.disk > 0 ? server.disk * 0.2 : 2048) * 1024 * 1024 * (0.9 + wobble(server.id, now, 600_000) / 5),
  );
  if (!running) return { memoryBytes: 0, cpuAbsolute: 0, diskBytes, rxBytes: 0, txBytes: 0, uptimeMs: 0 };
  const uptimeMs = server.power.startedAt ? now - server.power.startedAt : 0;
  const memoryLimit = (server.memory > 0 ? server.memory : 4096) * 1024 * 1024;
  const cpuLimit = server.cpu > 0 ? server.cpu : 200;

  return {
    memoryBytes: Math.round(memoryLimit * (0.35 + 0.4 * wobble(server.id, now, 7_000))),
    cpuAbsolute: Math.round(cpuLimit * (0.05 + 0.5 * wobble(server.id + 7, now, 8_000)) * 1000) / 1000,
    diskBytes,
    rxBytes: Math.round((uptimeMs / 1000) * 2400 * (1 + wobble(server.id, now, 30_000))),
    txBytes: Math.round((uptimeMs / 1000) * 5100 * (1 + wobble(server.id + 3, now, 30_000))),
    uptimeMs,
  };
};
