package com.switchdesk.ui.admin;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;

import com.switchdesk.pbx.model.ExtensionServices;
import com.switchdesk.ui.WidgetIds;
import com.switchdesk.ui.admin.ServiceField.Section;

/**
 * The services editor of figure 2.1 / section 3.6, grouped as the PBX's parameter screen groups
 * them: transfer rights; class and barge-in; hotline; caller ID; do-not-disturb; call waiting;
 * other services. Each service has a "change this" tick (see {@link FieldRow}).
 */
final class ServicesEditor {

	private static final List<List<Section>> COLUMNS = List.of(
			List.of(Section.TRANSFER, Section.CLASS, Section.HOTLINE, Section.CALLER_ID),
			List.of(Section.DND, Section.CALL_WAITING, Section.OTHER));

	private final ScrolledComposite scroller;
	private final Label source;
	private final List<FieldRow> rows = new ArrayList<>();

	ServicesEditor(Composite parent, Runnable changed) {
		scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		Composite body = WidgetIds.tag(new Composite(scroller, SWT.NONE), "services.editor");
		scroller.setContent(body);
		GridLayoutFactory.swtDefaults().numColumns(COLUMNS.size()).equalWidth(false).margins(6, 6).spacing(10, 4).applyTo(body);

		source = WidgetIds.tag(new Label(body, SWT.WRAP), "services.editor.source");
		GridDataFactory.fillDefaults().span(COLUMNS.size(), 1).grab(true, false).hint(300, SWT.DEFAULT).applyTo(source);
		showSource(Optional.empty());

		for (List<Section> column : COLUMNS) {
			Composite c = new Composite(body, SWT.NONE);
			GridLayoutFactory.fillDefaults().spacing(4, 6).applyTo(c);
			GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.BEGINNING).applyTo(c);
			for (Section section : column) {
				Group group = WidgetIds.tag(new Group(c, SWT.NONE), "services.section." + section.name());
				group.setText(AdminTexts.section(section));
				GridLayoutFactory.swtDefaults().numColumns(2).spacing(10, 3).margins(6, 4).applyTo(group);
				GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
				for (ServiceField f : ServiceField.in(section)) {
					rows.add(new FieldRow(group, f, changed));
				}
			}
		}
		scroller.addListener(SWT.Resize, e -> fit());
		fit();
	}

	private void fit() {
		Composite body = (Composite) scroller.getContent();
		scroller.setMinSize(body.computeSize(SWT.DEFAULT, SWT.DEFAULT));
	}

	ScrolledComposite control() {
		return scroller;
	}

	/**
	 * Shows an extension's values in the rows that are not ticked, and says where they come from.
	 *
	 * @param extension the extension whose values these are, empty to say none is selected
	 */
	void load(Optional<String> extension, Optional<ExtensionServices> services) {
		services.ifPresent(s -> rows.forEach(r -> r.show(s)));
		showSource(extension);
	}

	private void showSource(Optional<String> extension) {
		source.setText(extension.map(e -> Messages.Editor_hint + "  " + org.eclipse.osgi.util.NLS.bind(
				Messages.Editor_valuesOf, e)).orElse(Messages.Editor_hint));
		source.getParent().layout(true);
	}

	/** The ticked services and their values. */
	ServicesChange change() {
		Map<ServiceField, Object> values = new EnumMap<>(ServiceField.class);
		rows.stream().filter(FieldRow::isTicked).forEach(r -> values.put(r.field(), r.value()));
		return new ServicesChange(values);
	}

	/** Why the ticked values cannot be previewed, if so. */
	Optional<String> problem() {
		return rows.stream().map(FieldRow::problem).filter(Objects::nonNull).findFirst();
	}

	/** Unticks every service, so that each extension keeps its own values. */
	void clearTicks() {
		rows.forEach(FieldRow::untick);
	}
}
