/**
 * The console's persistent data as OSGi services: operator accounts and the login log (F01, F04), customers
 * and their search (F05, F06), the call log (F10), settings shared by all operators (F11–F13) and extension
 * groups and names (F16, F17). Import and export of customers are in {@link com.switchdesk.store.transfer}.
 * The store also registers {@link com.switchdesk.callcontrol.CallerDirectory} for the incoming-call popup.
 * <h2>Contract of every service in this package</h2>
 * <ul>
 * <li><b>Blocking</b>: every method may block on the database (usually well under a millisecond embedded, a
 * network round trip with a shared database server, seconds for a large import). Never call them on the
 * display thread; wrap them in a job.</li>
 * <li><b>Threads</b>: services are thread-safe; every call uses its own pooled connection.</li>
 * <li><b>Transactions</b>: every method that changes more than one row does so in one transaction: it all
 * happens or nothing does.</li>
 * <li><b>Sessions and roles</b>: methods that take an {@link com.switchdesk.store.OperatorSession} check that
 * it came from {@link com.switchdesk.store.AccountService#login} and is still open, and that its role may call
 * the method; otherwise they throw {@link com.switchdesk.store.AccessDeniedException}. A session whose password
 * must be changed may only change it or log out.</li>
 * <li><b>Model objects</b>: methods return fresh copies of {@code com.switchdesk.model} objects; the caller
 * owns them and may change them. Objects passed in are read, never kept.</li>
 * <li><b>Null</b>: parameters are non-null unless documented; results are never null.</li>
 * <li><b>Errors</b>: invalid input throws {@link com.switchdesk.store.ValidationException} listing every
 * problem; a database that cannot be reached or fails throws {@link com.switchdesk.store.StoreException} with a
 * message an operator can act on.</li>
 * </ul>
 */
package com.switchdesk.store;
