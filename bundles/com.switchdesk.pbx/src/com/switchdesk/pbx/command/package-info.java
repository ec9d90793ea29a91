/**
 * The commands the console sends, one immutable record per command, named after ECMA-269 (CSTA)
 * services where one exists, plus the console's own (binding, night service, forwarding, services,
 * wake-up). Each command's type parameter is its result type.
 */
package com.switchdesk.pbx.command;
