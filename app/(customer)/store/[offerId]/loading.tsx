import { PageLoading } from "@/components/layout/page-loading";

const Loading = () => <PageLoading label="Loading the order form" />;

export default Loading;
