/**
 * The Settings page: the shop's terms in one form — pickup (address, hours), local delivery
 * (fee, free above, the area as postal code prefixes or a radius around the shop), shipping
 * (fee, free above, countries), the payment methods (card and Mercado Pago only where the
 * server is configured for them), transfer instructions, how long unpaid orders hold their
 * stock, and the returns policy.
 *
 * @module
 */
import type { FC } from "hono/jsx";
import type { Providers } from "../../settings/terms.ts";
import { SETTINGS_FLAGS, settingsFieldNames, type SettingsFields } from "../forms.ts";
import { type Chrome, CsrfField, Layout, type Notice } from "./layout.tsx";
import { type TextKey, TEXTS } from "../i18n.ts";

/** A field's label in the page's language. */
export function settingsLabel(chrome: Chrome, name: string): string {
  const key = `settings.field.${name}`;
  return key in TEXTS.en ? chrome.t(key as TextKey) : settingsFieldNames[name];
}

const Check: FC<
  { chrome: Chrome; name: typeof SETTINGS_FLAGS[number]; fields: SettingsFields; note?: string }
> = (
  { chrome, name, fields, note },
) => (
  <label class="check">
    <input type="checkbox" name={name} value="1" checked={fields[name] === "1"} />{" "}
    {settingsLabel(chrome, name)}
    {note && <small>{note}</small>}
  </label>
);

const Field: FC<
  { chrome: Chrome; name: string; fields: SettingsFields; hint?: string; wide?: boolean }
> = (
  { chrome, name, fields, hint, wide },
) => (
  <label>
    {settingsLabel(chrome, name)}
    {hint && <small>{hint}</small>}
    {wide
      ? <textarea name={name} maxlength={1000}>{fields[name]}</textarea>
      : <input type="text" name={name} value={fields[name]} />}
  </label>
);

export const SettingsPage: FC<{
  chrome: Chrome;
  fields: SettingsFields;
  providers: Providers;
  currency: string;
  notice?: Notice;
}> = ({ chrome, fields, providers, currency, notice }) => (
  <Layout chrome={chrome} title={chrome.t("settings.title")} notice={notice}>
    <p>
      <a href="/admin/notifications">{chrome.t("notifications.title")}</a>:{" "}
      {chrome.t("settings.notifications_link")}
    </p>
    <form method="post" action="/admin/settings" id="settings" class="settings">
      <CsrfField csrf={chrome.csrf} />
      <fieldset class="card">
        <legend>{chrome.t("settings.pickup")}</legend>
        <Check chrome={chrome} name="pickup_enabled" fields={fields} />
        <Field chrome={chrome} name="pickup_address" fields={fields} />
        <Field
          chrome={chrome}
          name="pickup_hours"
          fields={fields}
          hint={chrome.t("settings.hint.hours")}
        />
      </fieldset>
      <fieldset class="card">
        <legend>{chrome.t("fulfilment.delivery")}</legend>
        <Check chrome={chrome} name="delivery_enabled" fields={fields} />
        <Field chrome={chrome} name="delivery_fee_minor" fields={fields} hint={currency} />
        <Field
          chrome={chrome}
          name="delivery_free_above_minor"
          fields={fields}
          hint={chrome.t("settings.hint.never_free")}
        />
        <Field
          chrome={chrome}
          name="delivery_postal_prefixes"
          fields={fields}
          hint={chrome.t("settings.hint.example", { example: "280, 281" })}
        />
        <Field
          chrome={chrome}
          name="delivery_radius_km"
          fields={fields}
          hint={chrome.t("settings.hint.radius")}
        />
        <Field chrome={chrome} name="shop_latitude" fields={fields} />
        <Field chrome={chrome} name="shop_longitude" fields={fields} />
      </fieldset>
      <fieldset class="card">
        <legend>{chrome.t("fulfilment.shipping")}</legend>
        <Check chrome={chrome} name="shipping_enabled" fields={fields} />
        <Field chrome={chrome} name="shipping_fee_minor" fields={fields} hint={currency} />
        <Field
          chrome={chrome}
          name="shipping_free_above_minor"
          fields={fields}
          hint={chrome.t("settings.hint.never_free")}
        />
        <Field
          chrome={chrome}
          name="shipping_countries"
          fields={fields}
          hint={chrome.t("settings.hint.example", { example: "ES, PT" })}
        />
      </fieldset>
      <fieldset class="card">
        <legend>{chrome.t("order.payment")}</legend>
        <Check
          chrome={chrome}
          name="card_enabled"
          fields={fields}
          note={providers.card ? "" : ` — ${
            chrome.t("settings.not_configured", {
              variables: "STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET",
            })
          }`}
        />
        <Check
          chrome={chrome}
          name="mercadopago_enabled"
          fields={fields}
          note={providers.mercadopago ? "" : ` — ${
            chrome.t("settings.not_configured", {
              variables: "MERCADOPAGO_ACCESS_TOKEN, MERCADOPAGO_WEBHOOK_SECRET",
            })
          }`}
        />
        <Check chrome={chrome} name="cash_enabled" fields={fields} />
        <Check chrome={chrome} name="transfer_enabled" fields={fields} />
        <Field
          chrome={chrome}
          name="transfer_instructions"
          fields={fields}
          wide
          hint={chrome.t("settings.hint.transfer")}
        />
        <Field
          chrome={chrome}
          name="hold_minutes"
          fields={fields}
          hint={chrome.t("settings.hint.hold")}
        />
      </fieldset>
      <fieldset class="card">
        <legend>{chrome.t("settings.returns")}</legend>
        <Field chrome={chrome} name="returns_policy" fields={fields} wide />
      </fieldset>
      <button type="submit">{chrome.t("settings.save")}</button>
    </form>
  </Layout>
);
