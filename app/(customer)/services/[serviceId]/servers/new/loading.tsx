import { PageLoading } from "@/components/layout/page-loading";

const Loading = () => <PageLoading label="Loading the form" />;

export default Loading;
