import { revalidatePath } from "next/cache";

/** After any change to a service, the pages that show it. */
export const revalidateService = (serviceId: string) => {
  revalidatePath("/admin/services");
  revalidatePath(`/admin/services/${serviceId}`);
  revalidatePath(`/services/${serviceId}`);
  revalidatePath("/dashboard");
};
