import { PageLoading } from "@/components/layout/page-loading";

const Loading = () => <PageLoading label="Loading the offer form" />;

export default Loading;
