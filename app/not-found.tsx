import { ButtonLink } from "@/components/ui/button";
import { StatusPage } from "@/components/layout/status-page";

const NotFound = () => (
  <StatusPage code="404" title="Page not found">
    <p>The page you are looking for does not exist, or you do not have access to it.</p>
    <ButtonLink href="/">Back to the home page</ButtonLink>
  </StatusPage>
);

export default NotFound;
