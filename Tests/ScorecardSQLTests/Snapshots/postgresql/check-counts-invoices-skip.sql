SELECT SUM(CASE WHEN (("t0_invoices"."invoice_date" IS NULL) OR CAST("t0_invoices"."invoice_date" AS TEXT) NOT SIMILAR TO $1) THEN $2 ELSE $3 END) AS "bad0", SUM(CASE WHEN (("t0_invoices"."total" IS NOT NULL) AND CAST("t0_invoices"."total" AS TEXT) NOT SIMILAR TO $4) THEN $5 ELSE $6 END) AS "bad1", SUM(CASE WHEN (("t0_invoices"."total" IS NOT NULL) AND (ABS("t0_invoices"."total") >= $7)) THEN $8 ELSE $9 END) AS "bad2", SUM(CASE WHEN (("t0_invoices"."rating" IS NOT NULL) AND CAST("t0_invoices"."rating" AS TEXT) NOT SIMILAR TO $10) THEN $11 ELSE $12 END) AS "bad3"
FROM "invoices" AS "t0_invoices"
WHERE ((("t0_invoices"."invoice_date" >= $13) AND ("t0_invoices"."invoice_date" < $14)) OR (("t0_invoices"."invoice_date" IS NULL) OR CAST("t0_invoices"."invoice_date" AS TEXT) NOT SIMILAR TO $15))
-- bindings:
-- 1: text '[0-9]{4}-(0[1-9]|1[0-2])%'
-- 2: integer 1
-- 3: integer 0
-- 4: text ' *[-+]?([0-9]+(.[0-9]*)?|.[0-9]+)([eE][-+]?[0-9]+)? *'
-- 5: integer 1
-- 6: integer 0
-- 7: real 10000000000000.0
-- 8: integer 1
-- 9: integer 0
-- 10: text ' *[-+]?([0-9]+(.[0-9]*)?|.[0-9]+)([eE][-+]?[0-9]+)? *'
-- 11: integer 1
-- 12: integer 0
-- 13: text '2025-07-01'
-- 14: text '2025-11-01'
-- 15: text '[0-9]{4}-(0[1-9]|1[0-2])%'
