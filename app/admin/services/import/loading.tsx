import { PageLoading } from "@/components/layout/page-loading";

const Loading = () => <PageLoading label="Asking the panel for its servers" />;

export default Loading;
