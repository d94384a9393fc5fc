WITH "windows"("id", "lo", "hi") AS (VALUES ($1, $2, $3), ($4, $5, $6))
SELECT "w"."id", AVG("t0_invoices"."total") AS "average_invoice", COUNT(DISTINCT "t0_invoices"."customer_id") AS "buyers", AVG(((EXTRACT(EPOCH FROM (CAST("t0_invoices"."due_date" AS TIMESTAMP) - CAST("t0_invoices"."invoice_date" AS TIMESTAMP))) / 3600.0) / $7)) AS "days_to_due", COUNT(*) AS "invoice_count", SUM(CAST(ROUND(CAST(("t0_invoices"."total" * $8) AS NUMERIC)) AS BIGINT)) AS "revenue", ($9 * (SUM(CASE WHEN ("t0_invoices"."rating" >= $10) THEN $11 ELSE $12 END) - SUM(CASE WHEN ("t0_invoices"."rating" <= $13) THEN $14 ELSE $15 END)) / NULLIF(COUNT("t0_invoices"."rating"), $16)) AS "satisfaction"
FROM "invoices" AS "t0_invoices"
JOIN "windows" AS "w" ON ((CAST("t0_invoices"."invoice_date" AS TEXT) >= "w"."lo") AND (CAST("t0_invoices"."invoice_date" AS TEXT) < "w"."hi"))
WHERE ((NOT (("t0_invoices"."invoice_date" IS NULL) OR NOT (translate(SUBSTRING(CAST("t0_invoices"."invoice_date" AS TEXT) FROM 1 FOR 7), $17, $18) = $19 AND SUBSTRING(CAST("t0_invoices"."invoice_date" AS TEXT) FROM 6 FOR 2) BETWEEN $20 AND $21))) AND (NOT (("t0_invoices"."total" IS NOT NULL) AND CASE WHEN CAST(pg_typeof("t0_invoices"."total") AS TEXT) IN ($22, $23, $24) THEN FALSE WHEN CAST(pg_typeof("t0_invoices"."total") AS TEXT) IN ($25, $26, $27) THEN CAST("t0_invoices"."total" AS TEXT) IN ($28, $29, $30) ELSE (("t0_invoices"."total" IS NOT NULL) AND CAST("t0_invoices"."total" AS TEXT) NOT SIMILAR TO $31) END)) AND (NOT (("t0_invoices"."total" IS NOT NULL) AND (ABS("t0_invoices"."total") >= $32))) AND (NOT (("t0_invoices"."rating" IS NOT NULL) AND CASE WHEN CAST(pg_typeof("t0_invoices"."rating") AS TEXT) IN ($33, $34, $35) THEN FALSE WHEN CAST(pg_typeof("t0_invoices"."rating") AS TEXT) IN ($36, $37, $38) THEN CAST("t0_invoices"."rating" AS TEXT) IN ($39, $40, $41) ELSE (("t0_invoices"."rating" IS NOT NULL) AND CAST("t0_invoices"."rating" AS TEXT) NOT SIMILAR TO $42) END)) AND (("t0_invoices"."invoice_date" >= $43) AND ("t0_invoices"."invoice_date" < $44)))
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
-- 17: text '0123456789'
-- 18: text '0000000000'
-- 19: text '0000-00'
-- 20: text '01'
-- 21: text '12'
-- 22: text 'smallint'
-- 23: text 'integer'
-- 24: text 'bigint'
-- 25: text 'numeric'
-- 26: text 'real'
-- 27: text 'double precision'
-- 28: text 'NaN'
-- 29: text 'Infinity'
-- 30: text '-Infinity'
-- 31: text ' *[-+]?([0-9]+(.[0-9]*)?|.[0-9]+)([eE][-+]?[0-9]+)? *'
-- 32: real 10000000000000.0
-- 33: text 'smallint'
-- 34: text 'integer'
-- 35: text 'bigint'
-- 36: text 'numeric'
-- 37: text 'real'
-- 38: text 'double precision'
-- 39: text 'NaN'
-- 40: text 'Infinity'
-- 41: text '-Infinity'
-- 42: text ' *[-+]?([0-9]+(.[0-9]*)?|.[0-9]+)([eE][-+]?[0-9]+)? *'
-- 43: text '2025-07-01'
-- 44: text '2025-11-01'
