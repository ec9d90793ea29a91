/**
 * Import and export of customers (F07): CSV in UTF-8 or GBK with header mapping, and vCard.
 * <h2>Contract</h2>
 * <ul>
 * <li><b>All or nothing</b>: an import is one transaction. A file with any bad line is rejected as a whole
 * with every problem found (line number, column, reason; at most {@value
 * com.switchdesk.store.transfer.CustomerTransferService#MAX_REPORTED_PROBLEMS}), and the database is left as
 * it was. A cancelled or interrupted import (even a killed process) leaves nothing behind.</li>
 * <li><b>Long-running</b>: imports and exports block for as long as the file takes (seconds for 100,000 rows).
 * They report progress and poll for cancellation through a {@link com.switchdesk.store.transfer.TaskMonitor};
 * the UI wraps them in a job. The monitor is called on the caller's thread.</li>
 * <li><b>Formula cells</b>: exported text that a spreadsheet would run as a formula (starting with
 * {@code = + - @}) is written with a leading {@code '}; on CSV import such a cell is refused unless it carries
 * that quote, which is then removed, so an export imports back unchanged.</li>
 * <li>Roles: every method needs an administrator's session.</li>
 * </ul>
 */
package com.switchdesk.store.transfer;
