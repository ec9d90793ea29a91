package com.switchdesk.profile.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.switchdesk.profile.CustomerProfile;
import com.switchdesk.profile.InvalidProfileException;
import com.switchdesk.profile.Profiles;

/**
 * The profile checker for build scripts, run with plain Java on this bundle's jar:
 *
 * <pre>
 * java -cp com.switchdesk.profile_*.jar com.switchdesk.profile.internal.CheckProfileCommand FOLDER [--id ID] [--shell]
 * </pre>
 *
 * Exit 0 and a one-line summary when the profile is valid (and its id is {@code ID}); exit 1 with one line per
 * problem on standard error otherwise; exit 2 for a wrong command line. {@code --shell} prints the values
 * packaging needs as shell assignments instead ({@code PROFILE_ID='…'}), safe to {@code eval}.
 */
public final class CheckProfileCommand {

	private CheckProfileCommand() {
	}

	public static void main(String[] args) {
		System.exit(run(args));
	}

	static int run(String[] args) {
		List<String> words = new ArrayList<>(List.of(args));
		boolean shell = words.remove("--shell");
		String expectedId = null;
		int idAt = words.indexOf("--id");
		if (idAt >= 0 && idAt + 1 < words.size()) {
			expectedId = words.remove(idAt + 1);
			words.remove(idAt);
		}
		if (words.size() != 1) {
			System.err.println("usage: CheckProfileCommand FOLDER [--id ID] [--shell]");
			return 2;
		}
		CustomerProfile profile;
		try {
			profile = Profiles.read(Path.of(words.get(0)));
		} catch (InvalidProfileException e) {
			System.err.println("The customer profile " + Path.of(words.get(0)).toAbsolutePath().normalize()
					+ " has " + e.problems().size() + " problem(s):");
			e.problems().forEach(p -> System.err.println("  " + p));
			return 1;
		}
		if (expectedId != null && !expectedId.equals(profile.id())) {
			System.err.println(profile.folder().orElseThrow().resolve(Profiles.PROFILE_FILE) + ": id: is \""
					+ profile.id() + "\" but the folder is " + expectedId + "; they must be the same");
			return 1;
		}
		if (shell) {
			printShell(profile);
		} else {
			System.out.println("Profile " + profile.id() + " (" + profile.productName().english() + ") is valid.");
		}
		return 0;
	}

	private static void printShell(CustomerProfile profile) {
		assign("PROFILE_ID", profile.id());
		assign("PROFILE_NAME", profile.productName().english());
		assign("PROFILE_NAME_ZH", profile.productName().in(Locale.SIMPLIFIED_CHINESE));
		assign("PROFILE_ABOUT", profile.aboutText().english().lines().findFirst().orElse(""));
		assign("PROFILE_CONTACT", profile.vendorContact().english());
		// the largest icon looks best in menus and docks, which scale it down
		assign("PROFILE_ICON", profile.windowIcons().isEmpty() ? "" : profile.windowIcons().getLast().toString());
		assign("PROFILE_LANGUAGE", profile.language().map(Locale::toString).orElse("system"));
	}

	private static void assign(String name, String value) {
		System.out.println(name + "='" + value.replace("'", "'\\''").replace("\n", " ") + "'");
	}
}
