--
-- PostgreSQL database dump
--
SET standard_conforming_strings = on;
CREATE TABLE public.users (
    id integer NOT NULL,
    handle text,
    contact text,
    mobile character varying(40),
    bio text
);
COPY public.users (id, handle, contact, mobile, bio) FROM stdin;
1	jd	jane@example.org	3125550182	line one\nline two\twith tab, mail x@example.net
2	\N	bob@corp.example	\N	back\\slash diabetes
\.

COPY public.empty (a) FROM stdin;
\.
SELECT 1;
