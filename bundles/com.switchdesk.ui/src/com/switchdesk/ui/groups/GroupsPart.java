package com.switchdesk.ui.groups;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;

import com.switchdesk.callcontrol.ExtensionBoard;
import com.switchdesk.model.ExtensionGroup;
import com.switchdesk.store.ExtensionGroupService;
import com.switchdesk.store.OperatorSession;
import com.switchdesk.ui.WidgetIds;
import com.switchdesk.ui.directory.Background;
import com.switchdesk.ui.directory.Failures;
import com.switchdesk.ui.directory.SessionGate;

/**
 * Group management (分组管理, F17): create, rename and delete extension groups, and choose each group's
 * extensions from a checklist of the whole board, many at once. Every saved change reaches the board's tabs at
 * once (through {@link GroupTabs}).
 */
public class GroupsPart {

	@Inject
	private UISynchronize ui;
	@Inject
	@Optional
	private ExtensionGroupService store;
	@Inject
	@Optional
	private ExtensionBoard board;
	@Inject
	@Optional
	private GroupTabs tabs;

	private OperatorSession session;
	private SessionGate gate;
	private Background background;
	private GroupList list;
	private MemberChecklist members;
	private Group membersBox;
	private Label pending;
	private Label message;
	private Button save;
	private Button revert;
	private ExtensionGroup current;

	@Inject
	void session(@Optional OperatorSession newSession) {
		session = newSession;
		if (gate != null) {
			ui.asyncExec(this::admit);
		}
	}

	@PostConstruct
	void create(Composite parent) {
		gate = new SessionGate(parent, "groups");
		Composite root = gate.content();
		GridLayoutFactory.swtDefaults().margins(8, 8).applyTo(root);
		background = new Background("groups", ui, root);
		message = WidgetIds.tag(new Label(root, SWT.WRAP), "groups.message");
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(message);
		SashForm sash = new SashForm(root, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		list = new GroupList(sash, this::selected, this::createGroup, this::renameGroup, this::deleteGroup);
		membersBox = new Group(sash, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(membersBox);
		members = new MemberChecklist(membersBox, this::membersChanged);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(members.control());
		Composite buttons = new Composite(membersBox, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(buttons);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(buttons);
		pending = WidgetIds.tag(new Label(buttons, SWT.NONE), "groups.pending");
		pending.setForeground(root.getDisplay().getSystemColor(SWT.COLOR_RED));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(pending);
		save = WidgetIds.tag(new Button(buttons, SWT.PUSH), "groups.save");
		save.setText(Messages.Members_save);
		save.addListener(SWT.Selection, e -> saveMembers());
		revert = WidgetIds.tag(new Button(buttons, SWT.PUSH), "groups.revert");
		revert.setText(Messages.Members_revert);
		revert.addListener(SWT.Selection, e -> showMembers(current));
		sash.setWeights(35, 65);
		admit();
	}

	private void admit() {
		if (!gate.control().isDisposed() && gate.admit(session, Messages.Groups_title, true)) {
			load(null);
		}
	}

	/** Reads the groups again; then selects the group with this id (or keeps the selection). */
	private void load(Long select) {
		if (store == null) {
			show(Messages.Groups_noStore, true);
			return;
		}
		OperatorSession who = session;
		ExtensionGroupService groups = store;
		background.run(() -> groups.groups(who), loaded -> {
			Long id = select != null ? select : current == null ? null : current.getId();
			list.show(loaded);
			ExtensionGroup now = loaded.stream().filter(g -> id != null && g.getId() == id).findFirst()
					.orElse(loaded.isEmpty() ? null : loaded.get(0));
			list.select(now);
			showMembers(now);
		}, e -> show(Failures.text(e), true));
	}

	private boolean selected(ExtensionGroup group) {
		if (isDirty() && !MessageDialog.openQuestion(save.getShell(), Messages.Groups_title,
				NLS.bind(Messages.Members_discard, current.getName()))) {
			return false;
		}
		showMembers(group);
		return true;
	}

	private void showMembers(ExtensionGroup group) {
		current = group;
		membersBox.setText(group == null ? Messages.Members_none : NLS.bind(Messages.Members_title, group.getName()));
		List<MemberChecklist.Extension> extensions = new ArrayList<>();
		Set<String> onBoard = new TreeSet<>();
		if (board != null) {
			for (com.switchdesk.pbx.model.Extension x : board.extensions()) {
				onBoard.add(x.number());
				extensions.add(new MemberChecklist.Extension(x.number(), x.userName(), list.otherGroups(x.number(), group)));
			}
		}
		if (group != null) {
			for (String n : group.getExtensionNumbers()) {
				if (!onBoard.contains(n)) {
					extensions.add(new MemberChecklist.Extension(n, Messages.Members_notOnBoard, list.otherGroups(n, group)));
				}
			}
		}
		members.show(extensions, group == null ? Set.of() : Set.copyOf(group.getExtensionNumbers()));
		members.setEnabled(group != null);
		membersChanged();
	}

	private boolean isDirty() {
		return current != null && !members.checked().equals(new TreeSet<>(current.getExtensionNumbers()));
	}

	private void membersChanged() {
		Set<String> stored = current == null ? Set.of() : new TreeSet<>(current.getExtensionNumbers());
		Set<String> now = members.checked();
		long added = now.stream().filter(n -> !stored.contains(n)).count();
		long removed = stored.stream().filter(n -> !now.contains(n)).count();
		boolean dirty = added + removed > 0;
		pending.setText(dirty ? NLS.bind(Messages.Members_pending, added, removed)
				: current == null ? "" : NLS.bind(Messages.Members_count, now.size()));
		pending.setForeground(pending.getDisplay().getSystemColor(dirty ? SWT.COLOR_RED : SWT.COLOR_WIDGET_FOREGROUND));
		save.setEnabled(dirty);
		revert.setEnabled(dirty);
		pending.getParent().layout(true, true);
	}

	private void saveMembers() {
		ExtensionGroup group = current;
		Set<String> stored = new TreeSet<>(group.getExtensionNumbers());
		Set<String> now = members.checked();
		List<String> add = now.stream().filter(n -> !stored.contains(n)).toList();
		List<String> remove = stored.stream().filter(n -> !now.contains(n)).toList();
		OperatorSession who = session;
		ExtensionGroupService groups = store;
		save.setEnabled(false);
		background.run(() -> {
			if (!add.isEmpty()) {
				groups.addExtensions(who, group.getId(), add);
			}
			return remove.isEmpty() ? null : groups.removeExtensions(who, group.getId(), remove);
		}, done -> changed(NLS.bind(Messages.Members_saved, new Object[] { group.getName(), add.size(), remove.size() }),
				group.getId()), e -> {
					membersChanged();
					show(Failures.text(e), true);
				});
	}

	private void createGroup() {
		NameDialog dialog = new NameDialog(save.getShell(), Messages.Groups_newTitle, "");
		if (dialog.open() == Window.OK) {
			OperatorSession who = session;
			String name = dialog.name();
			background.run(() -> store.create(who, name),
					g -> changed(NLS.bind(Messages.Groups_created, g.getName()), g.getId()),
					e -> show(Failures.text(e), true));
		}
	}

	private void renameGroup(ExtensionGroup group) {
		NameDialog dialog = new NameDialog(save.getShell(), Messages.Groups_renameTitle, group.getName());
		if (dialog.open() == Window.OK && !dialog.name().equals(group.getName())) {
			OperatorSession who = session;
			String name = dialog.name();
			background.run(() -> store.rename(who, group.getId(), name),
					g -> changed(NLS.bind(Messages.Groups_renamed, group.getName(), g.getName()), g.getId()),
					e -> show(Failures.text(e), true));
		}
	}

	private void deleteGroup(ExtensionGroup group) {
		if (MessageDialog.openConfirm(save.getShell(), Messages.Groups_deleteTitle,
				NLS.bind(Messages.Groups_deleteQuestion, group.getName()))) {
			OperatorSession who = session;
			background.run(() -> store.delete(who, group.getId()), gone -> {
				current = null;
				changed(NLS.bind(Messages.Groups_deleted, group.getName()), null);
			}, e -> show(Failures.text(e), true));
		}
	}

	/** A change was stored: say so, read the groups again, and update the board's tabs. */
	private void changed(String what, Long select) {
		show(what, false);
		current = null; // the stored members changed; nothing left to discard
		load(select);
		if (tabs != null) {
			tabs.reload();
		}
	}

	private void show(String text, boolean error) {
		message.setText(text);
		message.setForeground(message.getDisplay().getSystemColor(error ? SWT.COLOR_DARK_RED : SWT.COLOR_DARK_GREEN));
		((GridData) message.getLayoutData()).exclude = false;
		message.getParent().layout(true, true);
	}
}
