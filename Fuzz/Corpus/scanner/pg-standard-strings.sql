SET standard_conforming_strings = on;
CREATE TABLE public.t (
    id integer,
    path text,
    email text
);
INSERT INTO public.t VALUES (1, 'C:\temp\', 'jane@example.org');
INSERT INTO public.t VALUES (2, E'it\'s', 'bob@corp.example');
