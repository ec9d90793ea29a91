/**
 * The console's licence: a trial counted in hours of real use, a registration code that identifies this
 * PC, and activation codes issued by the vendor that unlock permanent use on that PC.
 *
 * <h2>Use</h2>
 * The application obtains the {@link com.switchdesk.licence.LicenceService} as an OSGi service, calls
 * {@link com.switchdesk.licence.LicenceService#tick() tick()} about once every
 * {@link com.switchdesk.licence.LicenceService#TICK_INTERVAL TICK_INTERVAL} while the console runs, and asks
 * {@link com.switchdesk.licence.LicenceService#status() status()} whether it may continue. When the trial
 * has expired the UI shows {@link com.switchdesk.licence.LicenceService#registrationCode()
 * registrationCode()} to the user, who sends it to the vendor and types the returned activation code into
 * {@link com.switchdesk.licence.LicenceService#activate(String) activate(String)}.
 *
 * <h2>Contract for every type in this package</h2>
 * <ul>
 * <li><b>Threading</b>: the service is thread-safe; every method may be called from any thread, including
 * the display thread. Calls are serialised internally.</li>
 * <li><b>Blocking</b>: {@code status()} and {@code registrationCode()} return at once from memory and never
 * block. {@code tick()} and {@code activate(String)} write a few hundred bytes to local storage (a file in
 * the user's home folder and the Java user preferences); they return within milliseconds on a healthy
 * disk and never wait for the network.</li>
 * <li><b>Null</b>: no method accepts or returns {@code null}; a {@code null} argument throws
 * {@link java.lang.NullPointerException}.</li>
 * <li><b>Failures</b>: an expected failure is a result value, not an exception: a bad activation code is an
 * {@link com.switchdesk.licence.ActivationResult}; storage that cannot be written is logged (with
 * {@link java.lang.System.Logger}) and the count continues in memory. No method throws a checked
 * exception.</li>
 * <li><b>Text</b>: nothing here is shown to the user as is. Results are enums and codes; the UI translates
 * them. Codes use the alphabet {@code ABCDEFGHJKLMNPQRSTUVWXYZ23456789} (no 0/O or 1/I) in dash-separated
 * groups; input is accepted in any case, with or without dashes and white space.</li>
 * <li><b>Lifecycle</b>: the usage meter starts when the service is activated; the time since the last
 * tick is also credited when the service is deactivated (normal shut-down).</li>
 * </ul>
 */
package com.switchdesk.licence;
