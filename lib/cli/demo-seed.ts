import { hashPassword } from "@/lib/auth/password";
import type { Db } from "@/lib/db/client";
import { completeSetup } from "@/lib/db/queries/instance-setup";
import { createUser } from "@/lib/db/queries/users";
import { saveOffer } from "@/lib/offers/save-offer";
import { getPanelCatalog } from "@/lib/panels/catalog";
import { createConnection } from "@/lib/panels/connections";
import type { PanelSimulator } from "@/lib/panels/simulator/simulator";
import type { OfferFormInput } from "@/lib/validations/offer";

export const DEMO_ACCOUNTS = {
  admin: { email: "admin@demo.test", password: "demo admin password", firstName: "Demo", lastName: "Admin" },
  customer: {
    email: "player@demo.test",
    password: "demo player password",
    firstName: "Demo",
    lastName: "Player",
  },
};

const offerBase = {
  description: "",
  billingPeriod: "month",
  isActive: true,
  io: 500,
  swapMb: 0,
  databases: 1,
  backups: 2,
  backupSizeMb: null,
  allocations: 1,
  dedicatedIp: false,
  portRange: "",
  portVariables: [],
  serverNameTemplate: "%product_name% for %owner_firstname% #%service_id%",
  serverDescriptionTemplate: "Ordered by %owner_email%, renews on %service_expiration%",
  startOnCompletion: true,
  options: [],
} satisfies Partial<OfferFormInput>;

/** A fresh demo portal: the admin, a customer, both simulated panels connected, and offers on each. */
export const seedDemo = async (db: Db, simulators: { pterodactyl: PanelSimulator; wisp: PanelSimulator }) => {
  const { admin, customer } = DEMO_ACCOUNTS;
  await completeSetup(db, { ...admin, passwordHash: await hashPassword(admin.password) });
  await createUser(db, { ...customer, passwordHash: await hashPassword(customer.password) });
  const connect = (flavor: "pterodactyl" | "wisp", name: string) =>
    createConnection(db, {
      name,
      kind: flavor,
      hostname: simulators[flavor].url,
      ipAddress: undefined,
      port: 443,
      clientKey: simulators[flavor].keys.client,
      applicationKey: simulators[flavor].keys.application,
    });
  const ptero = await connect("pterodactyl", "Demo Pterodactyl (simulated)");
  const wisp = await connect("wisp", "Demo Wisp (simulated)");
  const [pteroCatalog, wispCatalog] = await Promise.all([
    getPanelCatalog(db, ptero),
    getPanelCatalog(db, wisp),
  ]);
  const egg = (catalog: typeof pteroCatalog, name: string) => {
    const found = catalog.nests.flatMap((nest) => nest.eggs).find((candidate) => candidate.name === name)!;

    return `${found.nestId}:${found.id}`;
  };
  const location = (catalog: typeof pteroCatalog, short: string) =>
    catalog.locations.find((candidate) => candidate.short === short)!.id;

  await saveOffer(db, {
    ...offerBase,
    connectionId: ptero.id,
    name: "Minecraft 4 GB",
    description: "Paper or vanilla, ready in a minute.",
    price: 599,
    locationId: location(pteroCatalog, "fr"),
    memoryMb: 4096,
    diskMb: 20480,
    cpuPercent: 200,
    eggs: [egg(pteroCatalog, "Paper"), egg(pteroCatalog, "Vanilla Minecraft")],
    options: [
      {
        kind: "resource",
        label: "Extra memory",
        config: {
          resource: "memory",
          control: "slider",
          min: 0,
          max: 8192,
          step: 1024,
          values: [],
          unitSize: 1024,
          unitPriceCents: 150,
        },
      },
      {
        kind: "location",
        label: "Location",
        config: {
          choices: [
            { locationId: location(pteroCatalog, "fr"), label: "France", priceCents: 0 },
            { locationId: location(pteroCatalog, "de"), label: "Germany", priceCents: 100 },
          ],
        },
      },
    ],
  });
  await saveOffer(db, {
    ...offerBase,
    connectionId: ptero.id,
    name: "FiveM 8 GB",
    description: "A GTA V roleplay server. Bring your FiveM license key.",
    price: 1499,
    locationId: location(pteroCatalog, "fr"),
    memoryMb: 8192,
    diskMb: 40960,
    cpuPercent: 300,
    portRange: "30120-30179",
    eggs: [egg(pteroCatalog, "FiveM")],
    options: [
      {
        kind: "text",
        key: "pterodactyl_custom_fivem_license",
        label: "FiveM license key",
        config: { help: "From keymaster.fivem.net.", priceCents: 0 },
      },
    ],
  });
  await saveOffer(db, {
    ...offerBase,
    connectionId: wisp.id,
    name: "Rust 6 GB",
    description: "With its own RCON port.",
    price: 1099,
    locationId: location(wispCatalog, "fr"),
    memoryMb: 6144,
    diskMb: 30720,
    cpuPercent: 300,
    portVariables: ["RCON_PORT"],
    eggs: [egg(wispCatalog, "Rust")],
  });
  await saveOffer(db, {
    ...offerBase,
    offerType: "pterobox",
    connectionId: ptero.id,
    name: "PteroBox 16 GB",
    description: "Create, resize and delete your own Minecraft servers within 16 GB.",
    price: 1999,
    locationId: location(pteroCatalog, "fr"),
    memoryMb: 16384,
    diskMb: 102400,
    cpuPercent: 600,
    maxServers: 5,
    databases: 5,
    backups: 10,
    allocations: 10,
    portRange: "25565-25665",
    serverNameTemplate: "Server of %owner_firstname%",
    eggs: [egg(pteroCatalog, "Paper"), egg(pteroCatalog, "Vanilla Minecraft")],
    options: [
      {
        kind: "resource",
        label: "Extra servers",
        config: {
          resource: "servers",
          control: "dropdown",
          min: 0,
          max: 0,
          step: 1,
          values: [0, 2, 5],
          unitSize: 1,
          unitPriceCents: 100,
        },
      },
    ],
  });
};
