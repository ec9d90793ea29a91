package com.switchdesk.product.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.osgi.service.event.Event;

import com.switchdesk.store.OperatorSession;
import com.switchdesk.ui.WidgetIds;

/**
 * The perspective switcher in the window's top trim: one radio button per perspective, kept in
 * step with the active perspective however it was changed (menu, key or this switcher).
 */
public class PerspectiveSwitcher {

	private final Map<String, ToolItem> items = new LinkedHashMap<>();
	private OperatorSession session;

	@Inject
	private MApplication application;
	@Inject
	private MWindow window;
	@Inject
	private EModelService models;
	@Inject
	private EPartService parts;

	@PostConstruct
	void create(Composite parent) {
		LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), parent);
		ToolBar bar = new ToolBar(parent, SWT.FLAT | SWT.RIGHT);
		WidgetIds.tag(bar, "perspective.switcher");
		for (String id : Perspectives.ALL) {
			MPerspective perspective = (MPerspective) models.find(id, application);
			if (perspective == null) {
				continue;
			}
			ToolItem item = new ToolItem(bar, SWT.RADIO);
			item.setText(perspective.getLocalizedLabel());
			item.setToolTipText(perspective.getLocalizedLabel());
			if (perspective.getIconURI() != null) {
				item.setImage(resources.create(ImageDescriptor.createFromURLSupplier(true,
						() -> toUrl(perspective.getIconURI()))));
			}
			WidgetIds.tag(item, "perspective.switcher." + id.substring(id.lastIndexOf('.') + 1));
			item.addListener(SWT.Selection, e -> {
				if (item.getSelection()) {
					Perspectives.switchTo(id, application, models, parts);
				}
			});
			items.put(id, item);
		}
		showActive();
		enforceRole();
	}

	/** A new login may be an operator's: the administrator perspective closes to them. */
	@Inject
	void session(@Optional OperatorSession session) {
		this.session = session;
		enforceRole();
	}

	private void enforceRole() {
		items.forEach((id, item) -> {
			if (!item.isDisposed()) {
				item.setEnabled(Perspectives.allowed(id, session));
			}
		});
		MPerspective active = window == null || items.isEmpty() ? null : models.getActivePerspective(window);
		if (active != null && !Perspectives.allowed(active.getElementId(), session)) {
			Perspectives.switchTo(Perspectives.OPERATOR, application, models, parts);
		}
	}

	@Inject
	@Optional
	void perspectiveChanged(@UIEventTopic(UIEvents.ElementContainer.TOPIC_SELECTEDELEMENT) Event event) {
		if (event.getProperty(UIEvents.EventTags.NEW_VALUE) instanceof MPerspective) {
			showActive();
		}
	}

	private void showActive() {
		if (items.isEmpty() || window == null) {
			return;
		}
		MPerspective active = models.getActivePerspective(window);
		String activeId = active == null ? null : active.getElementId();
		items.forEach((id, item) -> {
			if (!item.isDisposed()) {
				item.setSelection(id.equals(activeId));
			}
		});
	}

	private static java.net.URL toUrl(String uri) {
		try {
			return java.net.URI.create(uri).toURL();
		} catch (java.net.MalformedURLException | IllegalArgumentException e) {
			return null;
		}
	}
}
