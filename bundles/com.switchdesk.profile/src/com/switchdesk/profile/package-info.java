/**
 * Customer profiles: what one deployment of the console is branded with and starts from.
 * <p>
 * A profile is a folder with a {@code profile.properties} file (UTF-8) and the images it names: the
 * product name and About text in English and Simplified Chinese, where to send a registration code, logo,
 * splash and window icons, the default language, default settings (company name and description, popup
 * mode, ringtones, speed keys) and the PBX connection ({@code pbx.connector=sim|serial} with the
 * {@code serial.*} and {@code sim.*} keys of the connectors). {@code docs/deploying.md} lists every key.
 *
 * <h2>Use</h2>
 * Bundles obtain the {@link com.switchdesk.profile.ProfileService} as an OSGi service and read
 * {@link com.switchdesk.profile.ProfileService#active() active()}: the folder named by the system property
 * {@value com.switchdesk.profile.Profiles#SYSTEM_PROPERTY} (the launcher scripts set it to the installation's
 * {@code profile/} folder), or {@link com.switchdesk.profile.Profiles#builtIn() the built-in default} when the
 * property is absent or the folder is unusable. Tools and tests read a folder directly with
 * {@link com.switchdesk.profile.Profiles#read(java.nio.file.Path)}.
 *
 * <h2>Contract for every type in this package</h2>
 * <ul>
 * <li><b>Threading</b>: every type is immutable or thread-safe; call from any thread.</li>
 * <li><b>Blocking</b>: {@code ProfileService} methods return at once from memory (the folder is read and
 * checked once, when the service starts). {@code Profiles.read} reads the folder's files (a few hundred
 * kilobytes at most) and returns within milliseconds on a local disk.</li>
 * <li><b>Null</b>: no method accepts or returns {@code null}; absent values are empty {@code Optional}s,
 * empty strings or empty lists, as documented.</li>
 * <li><b>Failures</b>: a missing or malformed file is an {@link com.switchdesk.profile.InvalidProfileException}
 * listing every {@link com.switchdesk.profile.ProfileProblem} found, each naming the file and, where it
 * applies, the line and key. The service never throws: it falls back to the built-in default and reports
 * the problems.</li>
 * <li><b>No UI</b>: this bundle needs neither SWT nor any Eclipse bundle, so build tools can run its
 * checker with plain Java ({@code com.switchdesk.profile.internal.CheckProfileCommand}).</li>
 * </ul>
 */
package com.switchdesk.profile;
