export * from "./auth";
export * from "./panels";
