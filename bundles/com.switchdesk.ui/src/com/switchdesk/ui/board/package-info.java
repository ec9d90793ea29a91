/**
 * The busy-lamp board (一键拨号, F15/F16): every extension as a drawn tile with its live state.
 *
 * <h2>API for other bundles</h2>
 * {@link com.switchdesk.ui.board.BoardTabs} (the tabs: frequent numbers, groups, ungrouped) and
 * {@link com.switchdesk.ui.board.BoardActions} (rename, details, services) are supplied by their
 * owners through the e4 context or as OSGi services; both are optional.
 *
 * <h2>Threading</h2>
 * Widgets are touched on the display thread only. Board and console listeners are called on the
 * call-control thread; their changes reach the display through at most one pending
 * {@code UISynchronize.asyncExec} each ({@link com.switchdesk.ui.board.BoardChangeRelay}).
 *
 * <h2>Test hooks</h2>
 * {@link com.switchdesk.ui.board.BoardCanvas#tileBounds(String)},
 * {@link com.switchdesk.ui.board.BoardCanvas#tileRepaints()} and
 * {@link com.switchdesk.ui.board.BoardCanvas#setPaintProbe} serve UI tests and the benchmark.
 */
package com.switchdesk.ui.board;
