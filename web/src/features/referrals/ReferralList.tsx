import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { PageLoader } from "../../ui/PageLoader";
import { Pager } from "../../ui/Pager";
import { NO_REFERRAL_FILTERS, ReferralFiltersForm } from "./ReferralFiltersForm";
import { ReferralsTable } from "./ReferralsTable";
import { type ReferralScope, useReferrals } from "./referrals-api";

/** One list of referrals (a site's inbox, those to assign, a prescriber's): its filters, table and pages. */
export function ReferralList({
  scope,
  caption,
  empty = "Aucune demande ne correspond à ces filtres.",
}: {
  scope: ReferralScope;
  caption: string;
  empty?: string;
}) {
  const [filters, setFilters] = useState(NO_REFERRAL_FILTERS);
  const [page, setPage] = useState(1);
  const [debouncedFilters] = useDebouncedValue(filters, 300);
  const referrals = useReferrals(scope, debouncedFilters, page);
  return (
    <>
      <ReferralFiltersForm
        filters={filters}
        onChange={(next) => {
          setFilters(next);
          setPage(1);
        }}
      />
      <ErrorAlert error={referrals.error} />
      {referrals.isPending ? (
        <PageLoader />
      ) : (
        referrals.data && (
          <>
            <ReferralsTable caption={caption} referrals={referrals.data.items} empty={empty} />
            <Pager
              page={page}
              pageSize={referrals.data.pageSize}
              total={referrals.data.total}
              onChange={setPage}
            />
          </>
        )
      )}
    </>
  );
}
