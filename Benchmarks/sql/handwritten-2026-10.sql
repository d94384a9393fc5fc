-- The minimal hand-written SQL for the shipped library, one query per source, for the eval
-- benchmark (docs/performance.md): every measure of a source aggregated by month over the span
-- the 2026-10 scorecard needs (2024-10 .. 2026-10: the 13 trend months and each of them a year
-- earlier; fiscal YTD from April and last year's), in one scan per source, plus net revenue
-- from 2023-10 for the growth KPI's last-year trend points. It computes monthly
-- values only (no YTD/TTM distinct counts, retention or percentiles over longer windows), so it
-- is a lower bound for the work `scorecard eval` does.
.timer off
-- orders and customer_orders
SELECT substr(o.ordered_at, 1, 7) AS month,
       SUM(CASE WHEN o.status = 'completed' THEN CAST(ROUND(o.net_amount * 100) AS INTEGER) END),
       SUM(CASE WHEN o.status = 'completed' AND o.channel = 'web' THEN CAST(ROUND(o.net_amount * 100) AS INTEGER) END),
       SUM(CASE WHEN o.status = 'completed' THEN CAST(ROUND(o.cost_amount * 100) AS INTEGER) END),
       SUM(CASE WHEN o.status = 'completed' AND o.campaign_id IS NOT NULL THEN CAST(ROUND(o.net_amount * 100) AS INTEGER) END),
       SUM(CASE WHEN o.status = 'completed' AND o.campaign_id IS NOT NULL THEN CAST(ROUND(o.cost_amount * 100) AS INTEGER) END),
       AVG(CASE WHEN o.status = 'completed' THEN (o.campaign_id IS NOT NULL) * 1.0 END),
       COUNT(*), SUM(o.status = 'completed'),
       COUNT(DISTINCT CASE WHEN o.status = 'completed' AND NOT COALESCE(c.opted_out, 0) THEN o.customer_id END)
FROM orders o LEFT JOIN customers c ON c.id = o.customer_id
WHERE o.status != 'cancelled' AND o.ordered_at >= '2024-10-01' AND o.ordered_at < '2026-11-01'
GROUP BY month;
-- net revenue a further year back (2023-10 .. 2024-09): revenue growth's trend shows each
-- month's growth a year earlier, which compares with two years earlier
SELECT substr(o.ordered_at, 1, 7) AS month,
       SUM(CASE WHEN o.status = 'completed' THEN CAST(ROUND(o.net_amount * 100) AS INTEGER) END)
FROM orders o
WHERE o.status != 'cancelled' AND o.ordered_at >= '2023-10-01' AND o.ordered_at < '2024-10-01'
GROUP BY month;
-- order_lines
SELECT substr(o.ordered_at, 1, 7) AS month,
       SUM(CAST(ROUND(l.net_amount * 100) AS INTEGER)),
       SUM(CASE WHEN l.returned = 1 THEN CAST(ROUND(l.net_amount * 100) AS INTEGER) END),
       SUM(CASE WHEN l.returned = 0 THEN CAST(ROUND(l.net_amount * 100) AS INTEGER) END),
       SUM(CASE WHEN l.returned = 0 THEN CAST(ROUND(l.cost_amount * 100) AS INTEGER) END),
       SUM(l.quantity), COUNT(DISTINCT l.order_id)
FROM order_lines l JOIN orders o ON o.id = l.order_id
WHERE o.status != 'cancelled' AND o.ordered_at >= '2024-10-01' AND o.ordered_at < '2026-11-01'
GROUP BY month;
-- customers
SELECT substr(acquired_on, 1, 7) AS month, COUNT(*), SUM(campaign_id IS NOT NULL)
FROM customers WHERE acquired_on >= '2024-10-01' AND acquired_on < '2026-11-01' GROUP BY month;
-- campaign_spend
SELECT substr(spent_on, 1, 7) AS month, SUM(CAST(ROUND(amount * 100) AS INTEGER))
FROM campaign_spend WHERE spent_on >= '2024-10-01' AND spent_on < '2026-11-01' GROUP BY month;
-- support_tickets (unix seconds)
SELECT strftime('%Y-%m', opened_at, 'unixepoch') AS month, COUNT(*),
       AVG(first_contact_resolution = 1),
       AVG(CASE WHEN resolved_at IS NOT NULL THEN (resolved_at - opened_at) / 3600.0 END)
FROM support_tickets WHERE opened_at >= 1727740800 AND opened_at < 1793491200 GROUP BY month;
-- survey_responses
SELECT substr(answered_on, 1, 7) AS month,
       100.0 * (SUM(nps_score >= 9) - SUM(nps_score <= 6)) / COUNT(nps_score),
       AVG(CASE WHEN csat_score IS NOT NULL THEN (csat_score >= 4) * 1.0 END)
FROM survey_responses WHERE answered_on >= '2024-10-01' AND answered_on < '2026-11-01' GROUP BY month;
-- loyalty_snapshots (month-end snapshots)
SELECT substr(snapshot_on, 1, 7) AS month, SUM(members), SUM(CASE WHEN tier = 'gold' THEN members END),
       SUM(CAST(ROUND(points_liability * 100) AS INTEGER))
FROM loyalty_snapshots WHERE snapshot_on >= '2024-10-01' AND snapshot_on < '2026-11-01' GROUP BY month;
