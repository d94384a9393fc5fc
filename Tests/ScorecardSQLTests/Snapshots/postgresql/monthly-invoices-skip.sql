SELECT SUBSTRING(CAST("t0_invoices"."invoice_date" AS TEXT) FROM 1 FOR 7) AS "month", COUNT(*) AS "rows", SUM("t0_invoices"."total") AS "c2", COUNT("t0_invoices"."total") AS "c3", SUM(((EXTRACT(EPOCH FROM (CAST("t0_invoices"."due_date" AS TIMESTAMP) - CAST("t0_invoices"."invoice_date" AS TIMESTAMP))) / 3600.0) / $1)) AS "c4", COUNT(((EXTRACT(EPOCH FROM (CAST("t0_invoices"."due_date" AS TIMESTAMP) - CAST("t0_invoices"."invoice_date" AS TIMESTAMP))) / 3600.0) / $2)) AS "c5", COUNT($3) AS "c6", SUM(CAST(ROUND(CAST(("t0_invoices"."total" * $4) AS NUMERIC)) AS BIGINT)) AS "c7", SUM(CASE WHEN ("t0_invoices"."rating" >= $5) THEN $6 ELSE $7 END) AS "c8", SUM(CASE WHEN ("t0_invoices"."rating" <= $8) THEN $9 ELSE $10 END) AS "c9", COUNT("t0_invoices"."rating") AS "c10", CAST("t0_invoices"."customer_id" AS TEXT) AS "key", COUNT(*) AS "key_rows"
FROM "invoices" AS "t0_invoices"
WHERE ((NOT (("t0_invoices"."invoice_date" IS NULL) OR NOT (translate(SUBSTRING(CAST("t0_invoices"."invoice_date" AS TEXT) FROM 1 FOR 7), $11, $12) = $13 AND SUBSTRING(CAST("t0_invoices"."invoice_date" AS TEXT) FROM 6 FOR 2) BETWEEN $14 AND $15))) AND (NOT (("t0_invoices"."total" IS NOT NULL) AND CASE WHEN CAST(pg_typeof("t0_invoices"."total") AS TEXT) IN ($16, $17, $18) THEN FALSE WHEN CAST(pg_typeof("t0_invoices"."total") AS TEXT) IN ($19, $20, $21) THEN CAST("t0_invoices"."total" AS TEXT) IN ($22, $23, $24) ELSE (("t0_invoices"."total" IS NOT NULL) AND CAST("t0_invoices"."total" AS TEXT) NOT SIMILAR TO $25) END)) AND (NOT (("t0_invoices"."total" IS NOT NULL) AND (ABS("t0_invoices"."total") >= $26))) AND (NOT (("t0_invoices"."rating" IS NOT NULL) AND CASE WHEN CAST(pg_typeof("t0_invoices"."rating") AS TEXT) IN ($27, $28, $29) THEN FALSE WHEN CAST(pg_typeof("t0_invoices"."rating") AS TEXT) IN ($30, $31, $32) THEN CAST("t0_invoices"."rating" AS TEXT) IN ($33, $34, $35) ELSE (("t0_invoices"."rating" IS NOT NULL) AND CAST("t0_invoices"."rating" AS TEXT) NOT SIMILAR TO $36) END)) AND (("t0_invoices"."invoice_date" >= $37) AND ("t0_invoices"."invoice_date" < $38)))
GROUP BY CAST("t0_invoices"."customer_id" AS TEXT), SUBSTRING(CAST("t0_invoices"."invoice_date" AS TEXT) FROM 1 FOR 7)
ORDER BY CAST("t0_invoices"."customer_id" AS TEXT), SUBSTRING(CAST("t0_invoices"."invoice_date" AS TEXT) FROM 1 FOR 7)
-- bindings:
-- 1: real 24.0
-- 2: real 24.0
-- 3: integer 1
-- 4: integer 100
-- 5: integer 9
-- 6: integer 1
-- 7: integer 0
-- 8: integer 6
-- 9: integer 1
-- 10: integer 0
-- 11: text '0123456789'
-- 12: text '0000000000'
-- 13: text '0000-00'
-- 14: text '01'
-- 15: text '12'
-- 16: text 'smallint'
-- 17: text 'integer'
-- 18: text 'bigint'
-- 19: text 'numeric'
-- 20: text 'real'
-- 21: text 'double precision'
-- 22: text 'NaN'
-- 23: text 'Infinity'
-- 24: text '-Infinity'
-- 25: text ' *[-+]?([0-9]+(.[0-9]*)?|.[0-9]+)([eE][-+]?[0-9]+)? *'
-- 26: real 10000000000000.0
-- 27: text 'smallint'
-- 28: text 'integer'
-- 29: text 'bigint'
-- 30: text 'numeric'
-- 31: text 'real'
-- 32: text 'double precision'
-- 33: text 'NaN'
-- 34: text 'Infinity'
-- 35: text '-Infinity'
-- 36: text ' *[-+]?([0-9]+(.[0-9]*)?|.[0-9]+)([eE][-+]?[0-9]+)? *'
-- 37: text '2025-07-01'
-- 38: text '2025-11-01'
