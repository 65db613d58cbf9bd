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

const Check: FC<{ name: typeof SETTINGS_FLAGS[number]; fields: SettingsFields; note?: string }> = (
  { name, fields, note },
) => (
  <label class="check">
    <input type="checkbox" name={name} value="1" checked={fields[name] === "1"} />{" "}
    {settingsFieldNames[name]}
    {note && <small>{note}</small>}
  </label>
);

const Field: FC<{ name: string; fields: SettingsFields; hint?: string; wide?: boolean }> = (
  { name, fields, hint, wide },
) => (
  <label>
    {settingsFieldNames[name]}
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
  <Layout chrome={chrome} title="Settings" notice={notice}>
    <p>
      <a href="/admin/notifications">Notifications</a>: reminders, quiet hours and the templates
      used outside WhatsApp's 24-hour window.
    </p>
    <form method="post" action="/admin/settings" id="settings" class="settings">
      <CsrfField csrf={chrome.csrf} />
      <fieldset class="card">
        <legend>Pickup</legend>
        <Check name="pickup_enabled" fields={fields} />
        <Field name="pickup_address" fields={fields} />
        <Field name="pickup_hours" fields={fields} hint="as customers should read them" />
      </fieldset>
      <fieldset class="card">
        <legend>Local delivery</legend>
        <Check name="delivery_enabled" fields={fields} />
        <Field name="delivery_fee_minor" fields={fields} hint={currency} />
        <Field name="delivery_free_above_minor" fields={fields} hint="empty: never free" />
        <Field name="delivery_postal_prefixes" fields={fields} hint="e.g. 280, 281" />
        <Field name="delivery_radius_km" fields={fields} hint="needs the shop's coordinates" />
        <Field name="shop_latitude" fields={fields} />
        <Field name="shop_longitude" fields={fields} />
      </fieldset>
      <fieldset class="card">
        <legend>Shipping</legend>
        <Check name="shipping_enabled" fields={fields} />
        <Field name="shipping_fee_minor" fields={fields} hint={currency} />
        <Field name="shipping_free_above_minor" fields={fields} hint="empty: never free" />
        <Field name="shipping_countries" fields={fields} hint="e.g. ES, PT" />
      </fieldset>
      <fieldset class="card">
        <legend>Payment</legend>
        <Check
          name="card_enabled"
          fields={fields}
          note={providers.card
            ? ""
            : " — not configured (STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET)"}
        />
        <Check
          name="mercadopago_enabled"
          fields={fields}
          note={providers.mercadopago
            ? ""
            : " — not configured (MERCADOPAGO_ACCESS_TOKEN, MERCADOPAGO_WEBHOOK_SECRET)"}
        />
        <Check name="cash_enabled" fields={fields} />
        <Check name="transfer_enabled" fields={fields} />
        <Field name="transfer_instructions" fields={fields} wide hint="sent with each order" />
        <Field name="hold_minutes" fields={fields} hint="5 to 1440; payment links expire with it" />
      </fieldset>
      <fieldset class="card">
        <legend>Returns</legend>
        <Field name="returns_policy" fields={fields} wide />
      </fieldset>
      <button type="submit">Save settings</button>
    </form>
  </Layout>
);
