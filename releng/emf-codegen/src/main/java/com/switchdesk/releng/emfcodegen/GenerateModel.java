package com.switchdesk.releng.emfcodegen;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.codegen.merge.java.JControlModel;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Regenerates the model code of one EMF model bundle from its {@code .genmodel}, stand-alone (no Eclipse, no OSGi,
 * no workspace), with the EMF generator and its precompiled templates.
 * <p>
 * It expects the layout of every SwitchDesk model bundle: {@code <bundle>/model/<name>.genmodel} next to its
 * {@code .ecore}, and a genmodel whose {@code modelDirectory} is {@code /<project>/src-gen}.
 * <ol>
 * <li>The genmodel is reconciled with the {@code .ecore}, as "Reload" does in the Eclipse IDE: new classes and
 * features get default generator settings, removed ones lose theirs. It is written back if that changed it.</li>
 * <li>The model and the genmodel are validated; an error stops here.</li>
 * <li>The whole model project is generated into a scratch folder ({@code platform:/resource/<project>/} is mapped
 * onto it) and only its {@code src-gen/} is copied into the bundle: files that did not change are not touched, files
 * no longer generated are deleted. The manifest, {@code plugin.xml} and {@code build.properties} stay
 * hand-maintained; the check that {@code plugin.xml} registers every generated package fails the run if not.</li>
 * </ol>
 * Generation never merges (JMerge needs JDT, and there is nothing hand-written in {@code src-gen/} to keep) and never
 * formats, so nothing of Eclipse beyond EMF and {@code org.eclipse.equinox.common} is loaded.
 * <p>
 * With {@code --check} nothing is written: the run fails if the genmodel or {@code src-gen/} is not what the
 * generator would make, for example after a hand edit of generated code.
 * <p>
 * Exit codes: 0 done (or up to date), 1 an error or, with {@code --check}, out of date, 2 bad arguments.
 */
public final class GenerateModel {

	private static final String SOURCE_FOLDER = "src-gen";

	private final Path genModelFile;
	private final Path bundleDir;
	private final boolean check;
	private final PrintStream out;

	GenerateModel(Path genModelFile, boolean check, PrintStream out) {
		this.genModelFile = genModelFile;
		this.bundleDir = genModelFile.getParent().getParent();
		this.check = check;
		this.out = out;
	}

	public static void main(String[] args) {
		List<String> arguments = new ArrayList<>(Arrays.asList(args));
		boolean check = arguments.remove("--check");
		if (arguments.size() != 1 || !arguments.get(0).endsWith(".genmodel")) {
			System.err.println("usage: GenerateModel [--check] <bundle>/model/<name>.genmodel");
			System.exit(2);
		}
		Path file = Path.of(arguments.get(0)).toAbsolutePath().normalize();
		if (!Files.isRegularFile(file) || file.getParent().getParent() == null) {
			System.err.println("No such genmodel: " + file);
			System.exit(2);
		}
		try {
			new GenerateModel(file, check, System.out).run();
		} catch (GenerationException | IOException e) {
			System.err.println("EMF generation failed: " + e.getMessage());
			System.exit(1);
		}
	}

	void run() throws IOException, GenerationException {
		// Generated files get "\n" on every OS: stand-alone, the generator takes the line delimiter of a new file
		// from this property.
		System.setProperty("line.separator", "\n");

		ResourceSet resourceSet = newResourceSet();
		Resource resource = resourceSet.getResource(URI.createFileURI(genModelFile.toString()), true);
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof GenModel genModel)) {
			throw new GenerationException(genModelFile + " holds no GenModel");
		}
		String project = projectOf(genModel);

		boolean genModelChanged = reconcile(genModel, resource);
		validate(genModel);

		Path scratch = Files.createTempDirectory("emf-codegen-");
		try {
			resourceSet.getURIConverter().getURIMap().put(URI.createPlatformResourceURI("/" + project + "/", false),
					URI.createFileURI(scratch + "/"));
			generate(genModel, resourceSet);
			Path generated = scratch.resolve(SOURCE_FOLDER);
			int files = countJavaFiles(generated);
			if (files == 0) {
				throw new GenerationException("the generator wrote no Java file");
			}
			List<String> changes = syncSourceFolder(generated);
			checkPackageRegistration(genModel);
			if (check) {
				if (genModelChanged || !changes.isEmpty()) {
					changes.forEach(change -> System.err.println("  " + change));
					throw new GenerationException((genModelChanged ? "the genmodel is not reconciled with its .ecore; " : "")
							+ changes.size() + " file(s) in " + SOURCE_FOLDER + " differ from what the generator makes."
							+ " Run releng/scripts/generate-model.sh and never edit " + SOURCE_FOLDER + " by hand.");
				}
				out.printf("%s is up to date (%d Java files)%n", bundleDir.resolve(SOURCE_FOLDER), files);
			} else {
				out.printf("Generated %d Java files into %s (%d written or deleted)%n", files,
						bundleDir.resolve(SOURCE_FOLDER), changes.size());
			}
		} finally {
			deleteTree(scratch);
		}
	}

	private static ResourceSet newResourceSet() {
		ResourceSet resourceSet = new ResourceSetImpl();
		// Stand-alone there are no plugin.xml registrations: register what reading a genmodel and its ecore needs.
		resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
		resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
		EcoreResourceFactoryImpl factory = new EcoreResourceFactoryImpl();
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", factory);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", factory);
		return resourceSet;
	}

	/** The workspace project the genmodel generates into, from {@code modelDirectory = /<project>/src-gen}. */
	private static String projectOf(GenModel genModel) throws GenerationException {
		String dir = genModel.getModelDirectory();
		String[] segments = dir == null ? new String[0] : dir.replaceAll("^/+|/+$", "").split("/");
		if (segments.length != 2 || !SOURCE_FOLDER.equals(segments[1])) {
			throw new GenerationException("modelDirectory must be /<project>/" + SOURCE_FOLDER + ", is " + dir);
		}
		return segments[0];
	}

	/**
	 * Brings the genmodel in line with its .ecore and saves it if that changed it (not with {@code --check}).
	 *
	 * @return whether the genmodel on disk was out of date
	 */
	private boolean reconcile(GenModel genModel, Resource resource) throws IOException, GenerationException {
		if (!genModel.reconcile()) {
			throw new GenerationException("the genmodel's packages could not be resolved; is its .ecore next to it?");
		}
		ByteArrayOutputStream reconciled = new ByteArrayOutputStream();
		resource.save(reconciled, null);
		if (Arrays.equals(reconciled.toByteArray(), Files.readAllBytes(genModelFile))) {
			return false;
		}
		if (!check) {
			Files.write(genModelFile, reconciled.toByteArray());
			out.println("Reconciled " + genModelFile + " with its .ecore and saved it");
		}
		return true;
	}

	private void validate(GenModel genModel) throws GenerationException {
		List<String> errors = new ArrayList<>();
		for (GenPackage genPackage : genModel.getGenPackages()) {
			collectErrors(Diagnostician.INSTANCE.validate(genPackage.getEcorePackage()), errors);
		}
		collectErrors(genModel.diagnose(), errors);
		if (!errors.isEmpty()) {
			errors.forEach(error -> System.err.println("  " + error));
			throw new GenerationException(errors.size() + " model error(s), listed above");
		}
	}

	private static void collectErrors(Diagnostic diagnostic, List<String> errors) {
		if (diagnostic.getChildren().isEmpty()) {
			if (diagnostic.getSeverity() == Diagnostic.ERROR) {
				errors.add(diagnostic.getMessage());
			}
		} else {
			diagnostic.getChildren().forEach(child -> collectErrors(child, errors));
		}
	}

	private static void generate(GenModel genModel, ResourceSet resourceSet) throws GenerationException {
		// The stand-alone switches: precompiled templates (compiling the .javajet templates needs JDT and a
		// workspace), no JDT formatting, no import organising. In memory only; the genmodel on disk agrees.
		genModel.setCanGenerate(true);
		genModel.setDynamicTemplates(false);
		genModel.setCodeFormatting(false);
		genModel.setCommentFormatting(false);
		genModel.setImportOrganizing(false);
		genModel.setUpdateClasspath(false);

		// Stand-alone, no extension point registers the genmodel's generator adapters: register them here.
		GeneratorAdapterFactory.Descriptor.Registry adapters = new GeneratorAdapterFactory.Descriptor.DelegatingRegistry();
		adapters.addDescriptor(GenModelPackage.eNS_URI, GenModelGeneratorAdapterFactory.DESCRIPTOR);
		Generator generator = new Generator(adapters) {
			private final JControlModel noMerge = new JControlModel();

			@Override
			public JControlModel getJControlModel() {
				// Without a facade helper the control model cannot merge: the generator writes the template output
				// as it is and never asks JDT for a parser.
				return noMerge;
			}
		};
		generator.setInput(genModel);
		generator.getOptions().resourceSet = resourceSet;

		BasicMonitor monitor = Boolean.getBoolean("emf.codegen.verbose") ? new BasicMonitor.Printing(System.out)
				: new BasicMonitor();
		PrintStream err = System.err;
		ByteArrayOutputStream log = new ByteArrayOutputStream();
		// Stand-alone, the generator only logs some failures (to System.err) and carries on: catch them.
		System.setErr(new PrintStream(new TeeStream(err, log), true, StandardCharsets.UTF_8));
		Diagnostic result;
		try {
			result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, monitor);
		} finally {
			System.setErr(err);
		}
		if (result.getSeverity() == Diagnostic.ERROR) {
			List<String> errors = new ArrayList<>();
			collectErrors(result, errors);
			throw new GenerationException(String.join("; ", errors));
		}
		if (log.size() > 0) {
			throw new GenerationException("the generator logged errors, shown above");
		}
	}

	/**
	 * Makes the bundle's source folder hold exactly the generated files, rewriting only those that changed, so that
	 * unchanged files keep their time stamps (incremental builds, IDEs) and removed classes disappear. With
	 * {@code --check}, only lists what it would change.
	 *
	 * @return the files written or deleted (or to be), relative to the bundle
	 */
	private List<String> syncSourceFolder(Path generated) throws IOException {
		Path target = bundleDir.resolve(SOURCE_FOLDER);
		List<String> changes = new ArrayList<>();
		List<Path> sources;
		try (Stream<Path> files = Files.walk(generated)) {
			sources = files.filter(Files::isRegularFile).toList();
		}
		for (Path source : sources) {
			Path copy = target.resolve(generated.relativize(source).toString());
			byte[] content = Files.readAllBytes(source);
			if (!Files.isRegularFile(copy)) {
				changes.add("missing: " + bundleDir.relativize(copy));
			} else if (!Arrays.equals(content, Files.readAllBytes(copy))) {
				changes.add("changed: " + bundleDir.relativize(copy));
			} else {
				continue;
			}
			if (!check) {
				Files.createDirectories(copy.getParent());
				Files.write(copy, content);
			}
		}
		if (!Files.isDirectory(target)) {
			return changes;
		}
		List<Path> existing;
		try (Stream<Path> files = Files.walk(target)) {
			existing = files.sorted(Comparator.reverseOrder()).toList();
		}
		for (Path old : existing) {
			if (Files.isRegularFile(old) && !Files.isRegularFile(generated.resolve(target.relativize(old).toString()))) {
				changes.add("not generated: " + bundleDir.relativize(old));
				if (!check) {
					Files.delete(old);
				}
			} else if (!check && Files.isDirectory(old) && !old.equals(target) && isEmpty(old)) {
				Files.delete(old);
			}
		}
		return changes;
	}

	/** plugin.xml is hand-maintained: fail when it does not register a generated package. */
	private void checkPackageRegistration(GenModel genModel) throws IOException, GenerationException {
		Path pluginXml = bundleDir.resolve("plugin.xml");
		String text = Files.isRegularFile(pluginXml) ? Files.readString(pluginXml, StandardCharsets.UTF_8) : "";
		List<String> missing = new ArrayList<>();
		for (GenPackage genPackage : genModel.getGenPackages()) {
			String uri = genPackage.getNSURI();
			String cls = genPackage.getQualifiedPackageInterfaceName();
			if (!text.contains("uri=\"" + uri + "\"") || !text.contains("class=\"" + cls + "\"")) {
				missing.add("      <package uri=\"" + uri + "\"\n            class=\"" + cls + "\"\n            genModel=\""
						+ bundleDir.relativize(genModelFile) + "\"/>");
			}
		}
		if (!missing.isEmpty()) {
			throw new GenerationException("plugin.xml does not register every generated package; add to its"
					+ " org.eclipse.emf.ecore.generated_package extension:\n" + String.join("\n", missing));
		}
	}

	private static int countJavaFiles(Path dir) throws IOException {
		if (!Files.isDirectory(dir)) {
			return 0;
		}
		try (Stream<Path> files = Files.walk(dir)) {
			return (int) files.filter(f -> f.toString().endsWith(".java")).count();
		}
	}

	private static boolean isEmpty(Path dir) throws IOException {
		try (Stream<Path> entries = Files.list(dir)) {
			return entries.findAny().isEmpty();
		}
	}

	private static void deleteTree(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> files = Files.walk(dir)) {
			for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
				Files.delete(p);
			}
		}
	}

	/** A failure to report to the user in one line, without a stack trace. */
	static final class GenerationException extends Exception {
		private static final long serialVersionUID = 1L;

		GenerationException(String message) {
			super(message);
		}
	}

	/** Writes to the console and keeps a copy. */
	private static final class TeeStream extends OutputStream {
		private final OutputStream console;
		private final OutputStream copy;

		TeeStream(OutputStream console, OutputStream copy) {
			this.console = console;
			this.copy = copy;
		}

		@Override
		public void write(int b) throws IOException {
			console.write(b);
			copy.write(b);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			console.write(b, off, len);
			copy.write(b, off, len);
		}
	}
}
