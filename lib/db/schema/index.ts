export * from "./auth";
export * from "./panels";
export * from "./catalog";
export * from "./services";
