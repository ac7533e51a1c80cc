import { describe, expect, it } from "vitest";
import type { BoxServer } from "@/lib/db/schema";
import { boxUsage, leftFor, overcommitted, shortfalls, sizeErrors, whyNoNewServer, type BoxAmounts } from "@/lib/boxes/quota";
import { checkSize } from "@/components/boxes/server-size-fields";

const totals: BoxAmounts = {
  memoryMb: 8192,
  diskMb: 20480,
  cpuPercent: 400,
  servers: 3,
  databases: 2,
  allocations: 4,
  backups: 3,
};
const server = (values: Partial<BoxServer>) =>
  ({
    status: "active",
    memoryMb: 2048,
    diskMb: 5120,
    cpuPercent: 100,
    databases: 0,
    allocations: 1,
    backups: 1,
    ...values,
  }) as BoxServer;
const request = (values: Partial<BoxAmounts> = {}): BoxAmounts => ({
  memoryMb: 1024,
  diskMb: 1024,
  cpuPercent: 50,
  servers: 1,
  databases: 0,
  allocations: 1,
  backups: 0,
  ...values,
});

describe("box quota", () => {
  it("sums every server but failed ones", () => {
    expect(
      boxUsage([
        server({}),
        server({ status: "creating", memoryMb: 512 }),
        server({ status: "failed", memoryMb: 9999 }),
      ]),
    ).toEqual({
      memoryMb: 2560,
      diskMb: 10240,
      cpuPercent: 200,
      servers: 2,
      databases: 0,
      allocations: 2,
      backups: 2,
    });
  });

  it("says precisely what does not fit", () => {
    const used = boxUsage([server({ memoryMb: 5632 }), server({ cpuPercent: 250 })]);
    expect(shortfalls(totals, used, request({ memoryMb: 3072, cpuPercent: 100 }))).toEqual([
      { resource: "memoryMb", message: "Only 512 MB of memory left." },
      { resource: "cpuPercent", message: "Only 0.5 CPU cores left." },
    ]);
    expect(shortfalls(totals, boxUsage([server({ memoryMb: 1024 })]), request({ memoryMb: 5120 }))).toEqual(
      [],
    );
    expect(shortfalls(totals, boxUsage([server({}), server({}), server({})]), request())[0]?.message).toBe(
      "This box already holds its 3 servers.",
    );
    expect(
      shortfalls(
        { ...totals, databases: 1 },
        boxUsage([server({ databases: 1 })]),
        request({ databases: 1 }),
      )[0]?.message,
    ).toBe("No databases left in this box.");
    expect(
      shortfalls(
        { ...totals, memoryMb: 6656 },
        boxUsage([server({ memoryMb: 4096 })]),
        request({ memoryMb: 4096 }),
      )[0]?.message,
    ).toBe("Only 2.5 GB of memory left.");
  });

  it("lists what must shrink before a downgrade", () => {
    const used = boxUsage([server({ memoryMb: 6144 }), server({})]);
    expect(overcommitted({ ...totals, memoryMb: 4096, servers: 1 }, used)).toEqual([
      "memory: the servers use 8 GB of memory, the new plan allows 4 GB of memory",
      "servers: the servers use 2 servers, the new plan allows 1 server",
    ]);
  });

  it("gives forms what is left and the server's own messages, on the fields they belong to", () => {
    const used = boxUsage([server({ memoryMb: 5632 }), server({})]);
    expect(leftFor(totals, used)).toEqual({
      memoryMb: 512,
      diskMb: 10240,
      cpuPercent: 200,
      databases: 2,
      allocations: 2,
      backups: 1,
    });
    const { servers: _servers, ...size } = request({ memoryMb: 1024, backups: 2 });
    expect(sizeErrors(totals, used, size)).toEqual({
      memoryMb: ["Only 512 MB of memory left."],
      backups: ["Only 1 backup left."],
    });
    const full = boxUsage([server({ memoryMb: 1024 }), server({ memoryMb: 1024 }), server({ memoryMb: 1024 })]);
    expect(sizeErrors(totals, full, { ...size, backups: 0 })).toEqual({
      name: ["This box already holds its 3 servers."],
    });
  });

  it("says why no server can be created: suspended, not ready, full, or too little left for the smallest one", () => {
    const none = boxUsage([]);
    expect(whyNoNewServer("active", totals, none)).toBeUndefined();
    expect(whyNoNewServer("suspended", totals, none)).toBe("Servers cannot be created while the box is suspended.");
    expect(whyNoNewServer("provisioning", totals, none)).toBe("Servers can be created once the box is ready.");
    const three = boxUsage([server({}), server({}), server({})]);
    expect(whyNoNewServer("active", totals, three)).toBe("This box already holds its 3 servers: delete one to make room.");
    const greedy = boxUsage([server({ memoryMb: 8100, cpuPercent: 395 })]);
    expect(whyNoNewServer("active", totals, greedy)).toBe(
      "Not enough memory and CPU left for a new server: shrink or delete one first.",
    );
  });

  it("checks a typed size like the server would, empty and half-typed fields included", () => {
    const text = { memoryMb: "1024", diskMb: "1024", cpuPercent: "50", databases: "0", backups: "0", allocations: "1" };
    const none = boxUsage([]);
    expect(checkSize(text, totals, none)).toEqual({});
    expect(checkSize({ ...text, memoryMb: "", cpuPercent: "1.5", allocations: "0" }, totals, none)).toEqual({
      memoryMb: ["Memory must be a whole number."],
      cpuPercent: ["CPU must be a whole number."],
      allocations: ["Allocations must be at least 1."],
    });
    expect(checkSize({ ...text, memoryMb: "9000" }, totals, none)).toEqual({ memoryMb: ["Only 8 GB of memory left."] });
  });
});
