// Tables of the métiers module's observatory part: the recruitment observatory (funnels by job and territory) and the platform's contact form.
export {}
