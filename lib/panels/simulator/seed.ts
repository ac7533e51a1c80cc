import { randomUUID } from "node:crypto";
import type { SimAllocation, SimEggVariable, SimServer } from "@/lib/panels/simulator/model";
import { SEED_NESTS } from "@/lib/panels/simulator/seed-catalog";
import { fullAcl, type SimStore } from "@/lib/panels/simulator/store";

/** The keys a fresh simulator accepts, by purpose. */
export type SeedKeys = {
  application: string;
  client: string;
  applicationReadOnly: string;
  applicationNonAdmin: string;
  clientNonAdmin: string;
  expired: string;
};

// A small deterministic generator: the same seed always yields the same users and servers.
const mulberry32 = (seed: number) => () => {
  seed |= 0;
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;

  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const FIRST = [
  "Anna",
  "Ben",
  "Chloé",
  "Dmitri",
  "Elif",
  "Farid",
  "Greta",
  "Hugo",
  "Ines",
  "Jonas",
  "Kenji",
  "Lea",
  "Malik",
  "Nora",
  "Oscar",
  "Priya",
];
const LAST = [
  "Martin",
  "Schmidt",
  "Dubois",
  "Rossi",
  "Kowalski",
  "Nguyen",
  "García",
  "Jensen",
  "Moreau",
  "Weber",
  "Silva",
  "Novak",
];

const NODES = [
  {
    name: "fr-gra-01",
    location: 0,
    memory: 65536,
    mo: 0,
    disk: 1_000_000,
    ips: ["51.75.10.1", "51.75.10.2"],
    ports: [25565, 60],
  },
  {
    name: "fr-gra-02",
    location: 0,
    memory: 32768,
    mo: 20,
    disk: 500_000,
    ips: ["51.75.11.1"],
    ports: [30100, 80],
  },
  {
    name: "de-fsn-01",
    location: 1,
    memory: 16384,
    mo: 0,
    disk: 250_000,
    ips: ["88.99.20.1"],
    ports: [27015, 100],
  },
  {
    name: "de-fsn-02",
    location: 1,
    memory: 4096,
    mo: 0,
    disk: 50_000,
    ips: ["88.99.21.1"],
    ports: [28000, 20],
  },
  {
    name: "ca-bhs-01",
    location: 2,
    memory: 32768,
    mo: 0,
    disk: 500_000,
    ips: ["142.4.200.1"],
    ports: [25565, 40],
    maintenance: true,
  },
  {
    name: "us-va-01",
    location: 3,
    memory: 32768,
    mo: -1,
    disk: 500_000,
    ips: ["23.94.30.1"],
    ports: [25565, 40],
    private: true,
  },
] as const;

const LOCATIONS = [
  { short: "fr", long: "Gravelines, France" },
  { short: "de", long: "Falkenstein, Germany" },
  { short: "ca", long: "Beauharnois, Canada" },
  { short: "us", long: "Virginia, United States" },
];

const seedCatalog = (store: SimStore) => {
  for (const seedNest of SEED_NESTS) {
    const nest = {
      ...store.row("nests"),
      uuid: randomUUID(),
      author: "support@pterodactyl.io",
      name: seedNest.name,
      description: seedNest.description,
    };
    store.nests.push(nest);
    for (const seedEgg of seedNest.eggs) {
      const base = store.row("eggs");
      const variables: SimEggVariable[] = seedEgg.variables.map((variable) => ({
        id: store.nextId("eggVariables"),
        eggId: base.id,
        name: variable.name,
        description: variable.description ?? `${variable.name}.`,
        envVariable: variable.env,
        defaultValue: variable.default,
        userViewable: variable.viewable ?? true,
        userEditable: variable.editable ?? true,
        rules: variable.rules,
        createdAt: base.createdAt,
        updatedAt: base.updatedAt,
      }));
      store.eggs.push({
        ...base,
        uuid: randomUUID(),
        nestId: nest.id,
        author: "support@pterodactyl.io",
        name: seedEgg.name,
        description: seedEgg.description,
        dockerImages: seedEgg.images,
        startup: seedEgg.startup,
        variables,
      });
    }
  }
};

const seedInfrastructure = (store: SimStore) => {
  for (const location of LOCATIONS) store.locations.push({ ...store.row("locations"), ...location });
  NODES.forEach((spec, index) => {
    const node = {
      ...store.row("nodes"),
      uuid: randomUUID(),
      name: spec.name,
      description: null,
      locationId: store.locations[spec.location]!.id,
      fqdn: `${spec.name}.nodes.example.net`,
      scheme: "https" as const,
      isPublic: !("private" in spec),
      maintenance: "maintenance" in spec,
      memory: spec.memory,
      memoryOverallocate: spec.mo,
      disk: spec.disk,
      diskOverallocate: 0,
      daemonListen: 8080,
      daemonSftp: 2022,
    };
    store.nodes.push(node);
    const [firstPort, count] = spec.ports;
    for (const ip of spec.ips) {
      for (let port = firstPort; port < firstPort + count; port++) {
        const allocation: SimAllocation = {
          ...store.row("allocations"),
          nodeId: node.id,
          ip,
          alias: index === 0 ? `play${ip.slice(-1)}.example.net` : null,
          port,
          notes: null,
          serverId: null,
        };
        store.allocations.push(allocation);
      }
    }
  });
};

const seedUsers = (store: SimStore, random: () => number) => {
  const admin = {
    ...store.row("users"),
    uuid: randomUUID(),
    externalId: null,
    username: "admin",
    email: "admin@panel.example.net",
    firstName: "Panel",
    lastName: "Admin",
    language: "en",
    rootAdmin: true,
    password: "hash",
  };
  store.users.push(admin);
  // Near-identical emails catch code that trusts partial filters instead of checking equality.
  const fixed = [
    { email: "anna@example.com", first: "Anna", last: "Martin" },
    { email: "joanna@example.com", first: "Joanna", last: "Martin" },
    { email: "anna.smith@example.com", first: "Anna", last: "Smith" },
  ];
  for (let i = 0; i < 125; i++) {
    const first = fixed[i]?.first ?? FIRST[Math.floor(random() * FIRST.length)]!;
    const last = fixed[i]?.last ?? LAST[Math.floor(random() * LAST.length)]!;
    const email =
      fixed[i]?.email ??
      `${first}.${last}.${i}@players.example.org`
        .toLowerCase()
        .normalize("NFD")
        .replace(/[\u0300-\u036f]/g, "");
    store.users.push({
      ...store.row("users"),
      uuid: randomUUID(),
      externalId: i % 10 === 5 ? `legacy-${1000 + i}` : null,
      username:
        email
          .split("@")[0]!
          .replace(/[^a-z0-9._-]/g, "")
          .slice(0, 30) + i,
      email,
      firstName: first,
      lastName: last,
      language: "en",
      rootAdmin: false,
      password: "hash",
    });
  }

  return admin;
};

/** Existing servers, spread over two nodes, so server lists span pages and nodes are partly used. */
const seedServers = (store: SimStore, random: () => number) => {
  const paper = store.eggs.find((egg) => egg.name === "Paper")!;
  const plan = [
    { node: "fr-gra-01", count: 40, memory: 1024 },
    { node: "de-fsn-01", count: 20, memory: 512 },
  ];
  for (const { node: nodeName, count, memory } of plan) {
    const node = store.nodes.find((candidate) => candidate.name === nodeName)!;
    const free = store.allocations.filter(
      (allocation) => allocation.nodeId === node.id && allocation.serverId === null,
    );
    for (let i = 0; i < count; i++) {
      const owner = store.users[2 + Math.floor(random() * 120)]!;
      const allocation = free[i]!;
      const base = store.row("servers");
      const server: SimServer = {
        ...base,
        ...store.newServerIdentity(),
        externalId: i % 4 === 0 ? `whmcs-${base.id}` : null,
        name: `${owner.firstName}'s server ${i + 1}`,
        description: "",
        status: null,
        installDoneAt: null,
        suspended: i === 3,
        ownerId: owner.id,
        nodeId: node.id,
        allocationId: allocation.id,
        nestId: paper.nestId,
        eggId: paper.id,
        image: Object.values(paper.dockerImages)[0]!,
        startup: paper.startup,
        environment: Object.fromEntries(
          paper.variables.map((variable) => [variable.envVariable, variable.defaultValue]),
        ),
        memory,
        swap: 0,
        disk: 5120,
        io: 500,
        cpu: 100,
        threads: null,
        oomDisabled: true,
        databaseLimit: 1,
        allocationLimit: 1,
        backupLimit: 1,
        backupMegabytesLimit: null,
        startOnCompletion: false,
        skipScripts: false,
        power: {
          state: i % 3 === 0 ? "running" : "offline",
          target: i % 3 === 0 ? "running" : "offline",
          until: 0,
          startedAt: Date.now(),
        },
        transferring: false,
      };
      allocation.serverId = server.id;
      store.servers.push(server);
    }
  }
};

/** The seeded keys; `previous` keeps their tokens across a reset so stored connections keep working. */
const seedKeys = (store: SimStore, adminId: number, customerId: number, previous?: SeedKeys): SeedKeys => {
  const full = fullAcl();
  const key = (
    name: keyof SeedKeys,
    kind: "application" | "client",
    userId: number,
    acl = full,
    expiresAt: Date | null = null,
  ) =>
    store.addKey({ token: previous?.[name], kind, userId, acl, allowedIps: [], expiresAt, label: name })
      .token;

  return {
    application: key("application", "application", adminId),
    client: key("client", "client", adminId),
    applicationReadOnly: key("applicationReadOnly", "application", adminId, fullAcl(1)),
    applicationNonAdmin: key("applicationNonAdmin", "application", customerId),
    clientNonAdmin: key("clientNonAdmin", "client", customerId),
    expired: key("expired", "application", adminId, full, new Date(Date.now() - 86_400_000)),
  };
};

/** Fills an empty store with a realistic panel: 4 locations, 6 nodes, 400 allocations, 126 users, 60 servers. */
export const seedStore = (store: SimStore, seed = 42, previousKeys?: SeedKeys): SeedKeys => {
  const random = mulberry32(seed);
  seedCatalog(store);
  seedInfrastructure(store);
  const admin = seedUsers(store, random);
  seedServers(store, random);

  return seedKeys(store, admin.id, store.users[1]!.id, previousKeys);
};
