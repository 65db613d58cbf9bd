-- What WhatsApp tells about a customer message beyond its text: a shared location, the button
-- or list item tapped, the shop's message it replies to, whether it was forwarded, the ad it
-- came from. The model is given it with the message; staff see it in the thread.
alter table messages add column context jsonb;
