import { Anchor, Text } from "@mantine/core";
import { useState } from "react";
import { Link, useSearchParams } from "react-router";
import { PageLoader } from "../../ui/PageLoader";
import { PublicPage } from "./PublicPage";
import { type SelfReferralReceipt, usePublicSite } from "./public-offer-api";
import { SelfReferralForm } from "./SelfReferralForm";
import { SelfReferralSent } from "./SelfReferralSent";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `/candidater?site=…`: the self-referral form, for the site chosen in the finder or the nearest one. */
export default function ApplyPage() {
  const [params] = useSearchParams();
  const requested = params.get("site");
  const siteId = requested && UUID.test(requested) ? requested : null;
  const site = usePublicSite(siteId);
  const [receipt, setReceipt] = useState<SelfReferralReceipt | null>(null);

  if (receipt) {
    return (
      <PublicPage title="Votre demande est envoyée">
        <SelfReferralSent receipt={receipt} />
      </PublicPage>
    );
  }
  return (
    <PublicPage title="Envoyer ma demande">
      <Text mb="md">
        Vous voulez entrer dans Amorce de Parcours ? Remplissez ce formulaire : le site reçoit votre demande
        et vous recontacte. Pas besoin de créer de compte.
      </Text>
      {requested && site.isError && (
        <Text mb="md" role="status">
          Ce site n'est plus proposé. Vous pouvez{" "}
          <Anchor component={Link} to="/trouver-un-site">
            choisir un autre site
          </Anchor>{" "}
          ou laisser Amorce choisir le plus proche qui a de la place.
        </Text>
      )}
      {siteId && site.isPending ? (
        <PageLoader />
      ) : (
        <SelfReferralForm
          site={site.data ?? null}
          onSent={(sent) => {
            setReceipt(sent);
            window.scrollTo({ top: 0 });
          }}
        />
      )}
      {!siteId && (
        <Text mt="md">
          Vous préférez choisir votre site ?{" "}
          <Anchor component={Link} to="/trouver-un-site">
            Voir les sites proches de chez vous
          </Anchor>
          .
        </Text>
      )}
    </PublicPage>
  );
}
