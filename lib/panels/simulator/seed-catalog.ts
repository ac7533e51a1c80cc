/** The nests and eggs a fresh simulator holds: real-world eggs trimmed to what matters for the API. */

export type SeedVariable = {
  name: string;
  env: string;
  default: string;
  rules: string;
  viewable?: boolean;
  editable?: boolean;
  description?: string;
};
export type SeedEgg = {
  name: string;
  description: string;
  images: Record<string, string>;
  startup: string;
  variables: SeedVariable[];
};
export type SeedNest = { name: string; description: string; eggs: SeedEgg[] };

const YOLKS = "ghcr.io/pterodactyl/yolks";

export const SEED_NESTS: SeedNest[] = [
  {
    name: "Minecraft",
    description: "Minecraft - the classic game from Mojang.",
    eggs: [
      {
        name: "Paper",
        description: "High performance Spigot fork that aims to fix gameplay and mechanics inconsistencies.",
        images: {
          "Java 21": `${YOLKS}:java_21`,
          "Java 17": `${YOLKS}:java_17`,
          "Java 11": `${YOLKS}:java_11`,
        },
        startup: "java -Xms128M -Xmx{{SERVER_MEMORY}}M -Dterminal.jline=false -jar {{SERVER_JARFILE}}",
        variables: [
          {
            name: "Minecraft Version",
            env: "MINECRAFT_VERSION",
            default: "latest",
            rules: "nullable|string|max:20",
          },
          {
            name: "Server Jar File",
            env: "SERVER_JARFILE",
            default: "server.jar",
            rules: "required|regex:/^([\\w\\d._-]+)(\\.jar)$/",
          },
          {
            name: "Build Number",
            env: "BUILD_NUMBER",
            default: "latest",
            rules: "required|string|max:20",
            editable: false,
          },
        ],
      },
      {
        name: "Vanilla Minecraft",
        description: "Minecraft as Mojang ships it.",
        images: { "Java 21": `${YOLKS}:java_21`, "Java 17": `${YOLKS}:java_17` },
        startup: "java -Xms128M -Xmx{{SERVER_MEMORY}}M -jar {{SERVER_JARFILE}}",
        variables: [
          {
            name: "Server Jar File",
            env: "SERVER_JARFILE",
            default: "server.jar",
            rules: "required|regex:/^([\\w\\d._-]+)(\\.jar)$/",
          },
          {
            name: "Server Version",
            env: "VANILLA_VERSION",
            default: "latest",
            rules: "required|string|between:3,15",
          },
        ],
      },
    ],
  },
  {
    name: "Grand Theft Auto",
    description: "Multiplayer frameworks for GTA V.",
    eggs: [
      {
        name: "FiveM",
        description: "A modification framework for GTA V multiplayer servers.",
        images: { Debian: `${YOLKS}:debian` },
        startup:
          "$(pwd)/alpine/opt/cfx-server/ld-musl-x86_64.so.1 +set citizen_dir $(pwd)/alpine/opt/cfx-server/citizen/",
        variables: [
          {
            name: "FiveM License",
            env: "FIVEM_LICENSE",
            default: "",
            rules: "required|string",
            description: "Your license key from https://keymaster.fivem.net.",
          },
          { name: "Max Players", env: "MAX_PLAYERS", default: "32", rules: "required|integer|between:1,48" },
          {
            name: "Server Hostname",
            env: "SERVER_HOSTNAME",
            default: "My new FXServer!",
            rules: "required|string|max:64",
          },
          {
            name: "FiveM Version",
            env: "FIVEM_VERSION",
            default: "latest",
            rules: "required|string",
            editable: false,
          },
          {
            name: "txAdmin Port",
            env: "TXADMIN_PORT",
            default: "40120",
            rules: "required|integer|between:1024,65535",
            editable: false,
          },
        ],
      },
    ],
  },
  {
    name: "Steam Games",
    description: "Games installed with SteamCMD.",
    eggs: [
      {
        name: "Rust",
        description: "The only aim in Rust is to survive.",
        images: { Rust: `${YOLKS}:rust` },
        startup:
          "./RustDedicated -batchmode +server.port {{SERVER_PORT}} +rcon.port {{RCON_PORT}} +server.queryport {{QUERY_PORT}}",
        variables: [
          { name: "Server Name", env: "HOSTNAME", default: "A Rust Server", rules: "required|string|max:60" },
          {
            name: "Level",
            env: "LEVEL",
            default: "Procedural Map",
            rules: "required|in:Procedural Map,Barren,HapisIsland",
          },
          {
            name: "World Size",
            env: "WORLD_SIZE",
            default: "3000",
            rules: "required|integer|between:1000,6000",
          },
          { name: "Max Players", env: "MAX_PLAYERS", default: "40", rules: "required|integer|min:1" },
          {
            name: "RCON Port",
            env: "RCON_PORT",
            default: "28016",
            rules: "required|integer|between:1024,65535",
          },
          { name: "RCON Password", env: "RCON_PASS", default: "CHANGEME", rules: "required|string|max:64" },
          {
            name: "Query Port",
            env: "QUERY_PORT",
            default: "28017",
            rules: "required|integer|between:1024,65535",
          },
        ],
      },
      {
        name: "Counter-Strike 2",
        description: "Counter-Strike 2 dedicated server.",
        images: { "Steam Runtime": `${YOLKS}:steam_sniper` },
        startup:
          "./game/bin/linuxsteamrt64/cs2 -dedicated +ip 0.0.0.0 -port {{SERVER_PORT}} +map {{SRCDS_MAP}}",
        variables: [
          {
            name: "Game ID",
            env: "SRCDS_APPID",
            default: "730",
            rules: "required|numeric",
            viewable: false,
            editable: false,
          },
          { name: "Default Map", env: "SRCDS_MAP", default: "de_dust2", rules: "required|string|alpha_dash" },
          {
            name: "Game Server Login Token",
            env: "STEAM_ACC",
            default: "",
            rules: "nullable|string|alpha_num|size:32",
          },
        ],
      },
    ],
  },
];
