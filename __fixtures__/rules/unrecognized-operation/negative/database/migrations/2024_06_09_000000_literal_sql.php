<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Schema;

return new class extends Migration
{
    public function up(): void
    {
        $column = 'bio';
        DB::statement('ALTER TABLE users ADD COLUMN bio text');
    }

    public function down(): void
    {
        DB::statement('ALTER TABLE users DROP COLUMN bio');
    }
};
