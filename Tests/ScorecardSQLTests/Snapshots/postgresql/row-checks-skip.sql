WITH "windows"("id", "lo", "hi") AS (VALUES ($1, $2, $3), ($4, $5, $6))
SELECT "w"."id", AVG("t0_invoices"."total") AS "average_invoice", COUNT(DISTINCT "t0_invoices"."customer_id") AS "buyers", AVG(((EXTRACT(EPOCH FROM (CAST("t0_invoices"."due_date" AS TIMESTAMP) - CAST("t0_invoices"."invoice_date" AS TIMESTAMP))) / 3600.0) / $7)) AS "days_to_due", COUNT(*) AS "invoice_count", SUM(CAST(ROUND(CAST(("t0_invoices"."total" * $8) AS NUMERIC)) AS BIGINT)) AS "revenue", ($9 * (SUM(CASE WHEN ("t0_invoices"."rating" >= $10) THEN $11 ELSE $12 END) - SUM(CASE WHEN ("t0_invoices"."rating" <= $13) THEN $14 ELSE $15 END)) / NULLIF(COUNT("t0_invoices"."rating"), $16)) AS "satisfaction"
FROM "invoices" AS "t0_invoices"
JOIN "windows" AS "w" ON ((CAST("t0_invoices"."invoice_date" AS TEXT) >= "w"."lo") AND (CAST("t0_invoices"."invoice_date" AS TEXT) < "w"."hi"))
WHERE ((NOT (("t0_invoices"."invoice_date" IS NULL) OR CAST("t0_invoices"."invoice_date" AS TEXT) NOT SIMILAR TO $17)) AND (NOT (("t0_invoices"."total" IS NOT NULL) AND CASE WHEN CAST(pg_typeof("t0_invoices"."total") AS TEXT) IN ($18, $19, $20) THEN FALSE WHEN CAST(pg_typeof("t0_invoices"."total") AS TEXT) IN ($21, $22, $23) THEN CAST("t0_invoices"."total" AS TEXT) IN ($24, $25, $26) ELSE (("t0_invoices"."total" IS NOT NULL) AND CAST("t0_invoices"."total" AS TEXT) NOT SIMILAR TO $27) END)) AND (NOT (("t0_invoices"."total" IS NOT NULL) AND (ABS("t0_invoices"."total") >= $28))) AND (NOT (("t0_invoices"."rating" IS NOT NULL) AND CASE WHEN CAST(pg_typeof("t0_invoices"."rating") AS TEXT) IN ($29, $30, $31) THEN FALSE WHEN CAST(pg_typeof("t0_invoices"."rating") AS TEXT) IN ($32, $33, $34) THEN CAST("t0_invoices"."rating" AS TEXT) IN ($35, $36, $37) ELSE (("t0_invoices"."rating" IS NOT NULL) AND CAST("t0_invoices"."rating" AS TEXT) NOT SIMILAR TO $38) END)) AND (("t0_invoices"."invoice_date" >= $39) AND ("t0_invoices"."invoice_date" < $40)))
GROUP BY "w"."id"
-- bindings:
-- 1: integer 0
-- 2: text '2025-10-01'
-- 3: text '2025-11-01'
-- 4: integer 1
-- 5: text '2025-07-01'
-- 6: text '2025-10-01'
-- 7: real 24.0
-- 8: integer 100
-- 9: real 100.0
-- 10: integer 9
-- 11: real 1.0
-- 12: real 0.0
-- 13: integer 6
-- 14: real 1.0
-- 15: real 0.0
-- 16: integer 0
-- 17: text '[0-9]{4}-(0[1-9]|1[0-2])%'
-- 18: text 'smallint'
-- 19: text 'integer'
-- 20: text 'bigint'
-- 21: text 'numeric'
-- 22: text 'real'
-- 23: text 'double precision'
-- 24: text 'NaN'
-- 25: text 'Infinity'
-- 26: text '-Infinity'
-- 27: text ' *[-+]?([0-9]+(.[0-9]*)?|.[0-9]+)([eE][-+]?[0-9]+)? *'
-- 28: real 10000000000000.0
-- 29: text 'smallint'
-- 30: text 'integer'
-- 31: text 'bigint'
-- 32: text 'numeric'
-- 33: text 'real'
-- 34: text 'double precision'
-- 35: text 'NaN'
-- 36: text 'Infinity'
-- 37: text '-Infinity'
-- 38: text ' *[-+]?([0-9]+(.[0-9]*)?|.[0-9]+)([eE][-+]?[0-9]+)? *'
-- 39: text '2025-07-01'
-- 40: text '2025-11-01'
