/**
 * The web UI: server-rendered Thymeleaf pages with htmx, in English and Chinese.
 * <p>
 * Every page template starts with
 * {@code <html th:replace="~{layout :: page(title=#{...}, content=~{::main})}">} and writes its content in a
 * {@code <main>}; {@link LayoutAttributes} gives it {@code ${layout}} ({@link PageLayout}: user, institution,
 * navigation, demo banner, CSRF header for htmx). Texts come from {@code messages.properties} and
 * {@code messages_zh.properties} (both must have every key); dates and numbers go through
 * {@code ${@formats...}} ({@link Formats}). The language is the user's stored choice ({@link UserLocaleResolver}).
 * <ul>
 * <li>List page: read a {@link ListView} ({@code ListView.of(request, filters, sortableFields)}) and let
 * {@code view.show(model, query -> records.find(filter, query))} put {@code view} and the {@code Page} as
 * {@code page} into the model; the template uses {@code fragments/list :: search(placeholder, filters)} and
 * {@code :: results(kind, count, emptyTitle, emptyText, newUrl, newLabel, table=~{::table})} around its table,
 * whose headers use {@code :: sortHeader(field, label)}; also {@code :: confirmedPost(action, label, question)}.
 * The export endpoint at {@code <list path>/export?format=csv|xlsx} reads {@code view.everyPage(finder)} and
 * answers {@link Downloads#table}.</li>
 * <li>Form: on {@code InvalidInput} re-render the same view with {@code errors} =
 * {@link FormErrors#of}; the template uses {@code fragments/form :: summary(labelPrefix)},
 * {@code :: field(name, label, type, value, required)} and {@code :: errorsFor(name)}; institution fields use
 * {@code fragments/institution :: picker(name, label, source, chosenId)}, fed by
 * {@link InstitutionSuggestions}; a picker of partners ({@code source='partners'}) may submit a registry id, which
 * {@link RegistryPartners#saveChoosing} turns into a partner when the form is saved.</li>
 * <li>htmx fragments are served under {@code /ui/**} (no layout is computed for them).</li>
 * </ul>
 * Failures of page requests render {@code templates/error.html} ({@link UiErrors}); the REST API keeps its
 * problem documents ({@code ApiErrors}).
 */
package org.meridian.app.web;
