-- Issue 16: the public registry of certified organisations (registry.Registry) and the certificate
-- looked up by its printed number (organisationcase.CertificateVerificationPage).
--
-- A case is in the registry while it holds a level its province certified (status
-- PROVINCIALLY_CERTIFIED, NATIONALLY_ENDORSED or NATIONALLY_NOT_ENDORSED with certified_level set,
-- organisationcase.Certificates.CERTIFIED; docs/access.md "The public registry"). The registry
-- lists them newest fiscal year first, then by province and organisation; the key is mirrored
-- (-fiscal_year) so that one ascending row comparison seeks the next page (keyset paging) and a
-- crawl of deep pages walks no more of the index than a first page. Only such cases are indexed.
create index organisation_case_registry on organisation_case ((-fiscal_year), province_code, organisation_id)
    include (certified_level)
    where status in ('PROVINCIALLY_CERTIFIED', 'NATIONALLY_ENDORSED', 'NATIONALLY_NOT_ENDORSED')
      and certified_level is not null;

-- A certificate as its paper prints it: "ที่ <prefix>/<number>" and the fiscal year.
create index issued_document_printed on issued_document (kind, fiscal_year, number);
