WITH "windows"("id", "lo", "hi") AS (VALUES ($1, $2, $3), ($4, $5, $6)),
"new"("wid", "customer") AS (SELECT DISTINCT "w"."id", "t1_invoices"."customer_id"
FROM "invoice_lines" AS "t1_invoice_lines"
LEFT JOIN "invoices" AS "t1_invoices" ON ("t1_invoices"."id" = "t1_invoice_lines"."invoice_id")
LEFT JOIN "tracks" AS "t1_tracks" ON ("t1_tracks"."id" = "t1_invoice_lines"."track_id")
LEFT JOIN "genres" AS "t1_genres" ON ("t1_genres"."id" = "t1_tracks"."genre_id")
JOIN "windows" AS "w" ON ((CAST("t1_invoices"."invoice_date" AS TEXT) >= "w"."lo") AND (CAST("t1_invoices"."invoice_date" AS TEXT) < "w"."hi"))
WHERE (("t1_invoices"."customer_id" IS NOT NULL) AND ("t1_genres"."name" = $7) AND (("t1_invoices"."invoice_date" >= $8) AND ("t1_invoices"."invoice_date" < $9)) AND (NOT EXISTS (SELECT $10
FROM "invoice_lines" AS "t2_invoice_lines"
LEFT JOIN "invoices" AS "t2_invoices" ON ("t2_invoices"."id" = "t2_invoice_lines"."invoice_id")
LEFT JOIN "tracks" AS "t2_tracks" ON ("t2_tracks"."id" = "t2_invoice_lines"."track_id")
LEFT JOIN "genres" AS "t2_genres" ON ("t2_genres"."id" = "t2_tracks"."genre_id")
WHERE (("t2_invoices"."customer_id" IS NOT NULL) AND ("t2_genres"."name" = $11) AND ("t2_invoices"."customer_id" = "t1_invoices"."customer_id") AND (CAST("t2_invoices"."invoice_date" AS TEXT) < "w"."lo"))))))
SELECT "w"."id", "t0_invoices"."customer_id", MIN("t0_genres"."name"), MIN("t0_customers"."country"), MAX(CASE WHEN ("t0_genres"."name" = $12) THEN $13 ELSE $14 END), MAX(CASE WHEN ("n"."customer" IS NOT NULL) THEN $15 ELSE $16 END)
FROM "invoice_lines" AS "t0_invoice_lines"
LEFT JOIN "invoices" AS "t0_invoices" ON ("t0_invoices"."id" = "t0_invoice_lines"."invoice_id")
LEFT JOIN "tracks" AS "t0_tracks" ON ("t0_tracks"."id" = "t0_invoice_lines"."track_id")
LEFT JOIN "customers" AS "t0_customers" ON ("t0_customers"."id" = "t0_invoices"."customer_id")
LEFT JOIN "genres" AS "t0_genres" ON ("t0_genres"."id" = "t0_tracks"."genre_id")
JOIN "windows" AS "w" ON ((CAST("t0_invoices"."invoice_date" AS TEXT) >= "w"."lo") AND (CAST("t0_invoices"."invoice_date" AS TEXT) < "w"."hi"))
LEFT JOIN "new" AS "n" ON (("n"."wid" = "w"."id") AND ("n"."customer" = "t0_invoices"."customer_id"))
WHERE (("t0_invoices"."customer_id" IS NOT NULL) AND (("t0_invoices"."invoice_date" >= $17) AND ("t0_invoices"."invoice_date" < $18)))
GROUP BY "w"."id", "t0_invoices"."customer_id"
-- bindings:
-- 1: integer 0
-- 2: text '2025-10-01'
-- 3: text '2025-11-01'
-- 4: integer 1
-- 5: text '2025-07-01'
-- 6: text '2025-10-01'
-- 7: text 'Jazz'
-- 8: text '2025-07-01'
-- 9: text '2025-11-01'
-- 10: integer 1
-- 11: text 'Jazz'
-- 12: text 'Jazz'
-- 13: integer 1
-- 14: integer 0
-- 15: integer 1
-- 16: integer 0
-- 17: text '2025-07-01'
-- 18: text '2025-11-01'
