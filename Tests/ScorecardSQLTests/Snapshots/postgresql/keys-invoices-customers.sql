SELECT CAST("t0_invoices"."customer_id" AS TEXT) AS "key", to_char(CAST("t0_invoices"."invoice_date" AS TIMESTAMP), 'YYYY-MM') AS "month", COUNT(*) AS "rows"
FROM "invoices" AS "t0_invoices"
WHERE (("t0_invoices"."invoice_date" < $1) AND ("t0_invoices"."customer_id" IS NOT NULL))
GROUP BY CAST("t0_invoices"."customer_id" AS TEXT), to_char(CAST("t0_invoices"."invoice_date" AS TIMESTAMP), 'YYYY-MM')
ORDER BY CAST("t0_invoices"."customer_id" AS TEXT), to_char(CAST("t0_invoices"."invoice_date" AS TIMESTAMP), 'YYYY-MM')
-- bindings:
-- 1: text '2025-11-01'
