import { PageLoading } from "@/components/layout/page-loading";

const Loading = () => <PageLoading label="Loading the service" />;

export default Loading;
